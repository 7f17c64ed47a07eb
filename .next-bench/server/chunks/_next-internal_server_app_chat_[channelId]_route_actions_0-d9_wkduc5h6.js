module.exports=[63195,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_chat_%5BchannelId%5D_route_actions_0-d9_wkduc5h6.js.map