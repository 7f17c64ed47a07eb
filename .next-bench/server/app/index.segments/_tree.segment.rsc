:HL["/_next/static/chunks/029gkshpay18g.css","style"]
1:[["children",{"s":"__PAGE__","h":160}]]
0:{"b":"BRBrGOQn20bPzfthvrVbL","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
