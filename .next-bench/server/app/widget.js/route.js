var R=require("../../chunks/[turbopack]_runtime.js")("server/app/widget.js/route.js")
R.c("server/chunks/[root-of-the-server]__0-2n0v048sagq._.js")
R.c("server/chunks/_0-2xhgb_3hhzy._.js")
R.c("server/chunks/_1qk0oau99qz24._.js")
R.c("server/chunks/[root-of-the-server]__15bjnu5yieigz._.js")
R.c("server/chunks/_next-internal_server_app_widget_js_route_actions_0by0isy2gxiyf.js")
R.m(22109)
module.exports=R.m(22109).exports
