module.exports=[31104,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_presence_route_actions_1if1vofjjtvu1.js.map