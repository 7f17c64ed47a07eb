module.exports=[16426,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_widget_js_route_actions_0by0isy2gxiyf.js.map