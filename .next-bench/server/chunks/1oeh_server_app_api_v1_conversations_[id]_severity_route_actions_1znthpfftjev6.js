module.exports=[7439,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_v1_conversations_%5Bid%5D_severity_route_actions_1znthpfftjev6.js.map