module.exports=[58731,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_events_route_actions_1ozh0xopvic72.js.map