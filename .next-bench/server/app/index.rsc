1:"$Sreact.fragment"
2:"/_next/static/chunks/3qfy96eoyh-ek.js"
3:I[39756,["$2"],"default"]
4:I[37457,["$2"],"default"]
5:"/_next/static/chunks/3zt_16xndew4w.js"
6:I[22016,["$2","$5"],""]
9:I[97367,["$2"],"OutletBoundary"]
a:"$Sreact.suspense"
c:"ViewportBoundary"
d:I[97367,["$2"],"$c"]
f:"MetadataBoundary"
10:I[97367,["$2"],"$f"]
12:I[68027,["$2"],"default",1]
:HL["/_next/static/chunks/029gkshpay18g.css","style"]
7:[["children",{"s":"__PAGE__","h":512,"d":{"r":["$","$1","c",{"children":["$L8",null,["$","$L9",null,{"children":["$","$a",null,{"name":"Next.MetadataOutlet","children":"$@b"}]}]]}],"p":false,"v":null}}]]
0:{"P":null,"c":["",""],"q":"","i":false,"t":{"t":{"s":"","h":528,"d":{"r":["$","$1","c",{"children":[[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/029gkshpay18g.css","precedence":"next","crossOrigin":"$undefined","nonce":"$undefined"}],["$","script","script-0",{"src":"/_next/static/chunks/3qfy96eoyh-ek.js","async":true,"nonce":"$undefined"}]],["$","html",null,{"lang":"en","children":["$","body",null,{"className":"min-h-screen bg-slate-50 text-slate-900 antialiased","children":["$","$L3",null,{"parallelRouterKey":"children","error":"$undefined","errorStyles":"$undefined","errorScripts":"$undefined","template":["$","$L4",null,{}],"templateStyles":"$undefined","templateScripts":"$undefined","notFound":[["$","section",null,{"className":"flex min-h-[70vh] flex-1 flex-col items-center justify-center gap-4 bg-slate-50 px-4 py-16 text-center","children":[["$","svg",null,{"viewBox":"0 0 32 32","aria-hidden":"true","className":"h-10 w-10","children":[["$","rect",null,{"width":"32","height":"32","rx":"8","className":"fill-brand-600"}],["$","path",null,{"d":"M8 10h6l4 6h6M8 16h16M8 22h6l4-6","fill":"none","stroke":"white","strokeWidth":"2.4","strokeLinecap":"round","strokeLinejoin":"round"}]]}],["$","p",null,{"className":"text-sm font-semibold text-brand-700","children":"404"}],["$","h1",null,{"className":"text-2xl font-bold tracking-tight text-slate-900","children":"Not found"}],["$","p",null,{"className":"max-w-md text-sm text-slate-600","children":"This page or conversation does not exist in your workspace, or it has been removed."}],["$","$L6",null,{"href":"/inbox","className":"inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md whitespace-nowrap text-sm font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 bg-brand-600 text-white shadow-sm hover:bg-brand-700 h-10 px-4","children":"Back to the inbox"}]]}],[]],"forbidden":"$undefined","unauthorized":"$undefined"}]}]}]]}],"p":false,"v":null},"c":"$Q7"},"h":{"r":["$","$1","h",{"children":[null,["$","$Ld",null,{"children":"$Le"}],["$","$L10",null,{"children":[["$","div",null,{"hidden":true,"children":["$","$a",null,{"name":"Next.Metadata","children":"$L11"}]}],null]}],null]}],"p":false,"v":null}},"m":"$undefined","G":["$12",[["$","link","0",{"rel":"stylesheet","href":"/_next/static/chunks/029gkshpay18g.css","precedence":"next","crossOrigin":"$undefined","nonce":"$undefined"}]]],"S":true,"r":"$undefined","s":"$undefined","a":"$undefined","l":"$undefined","p":"$undefined","d":"$undefined","b":"BRBrGOQn20bPzfthvrVbL"}
8:E{"digest":"NEXT_REDIRECT;replace;/inbox;307;"}
e:[["$","meta","0",{"charSet":"utf-8"}],["$","meta","1",{"name":"viewport","content":"width=device-width, initial-scale=1"}],["$","meta","2",{"name":"theme-color","content":"#0f172a"}]]
13:I[27201,["$2"],"IconMark"]
b:null
11:[["$","title","0",{"children":"Switchboard"}],["$","meta","1",{"name":"description","content":"One inbox for every customer conversation"}],["$","link","2",{"rel":"icon","href":"data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20viewBox%3D%220%200%2032%2032%22%3E%3Crect%20width%3D%2232%22%20height%3D%2232%22%20rx%3D%228%22%20fill%3D%22%234f46e5%22%2F%3E%3Cpath%20d%3D%22M8%2010h6l4%206h6M8%2016h16M8%2022h6l4-6%22%20fill%3D%22none%22%20stroke%3D%22%23fff%22%20stroke-width%3D%222.4%22%20stroke-linecap%3D%22round%22%20stroke-linejoin%3D%22round%22%2F%3E%3C%2Fsvg%3E"}],["$","$L13","3",{}]]
