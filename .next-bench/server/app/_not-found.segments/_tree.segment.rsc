:HL["/_next/static/chunks/029gkshpay18g.css","style"]
2:[["children",{"s":"__PAGE__","h":160}]]
1:[["children",{"s":"/_not-found","h":96,"c":"$Q2"}]]
0:{"b":"BRBrGOQn20bPzfthvrVbL","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
