module.exports=[907,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_v1_search_route_actions_1idl3yrc_-6xg.js.map