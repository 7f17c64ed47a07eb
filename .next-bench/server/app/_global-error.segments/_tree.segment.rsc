1:[["children",{"s":"__PAGE__","h":176}]]
0:{"b":"BRBrGOQn20bPzfthvrVbL","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
