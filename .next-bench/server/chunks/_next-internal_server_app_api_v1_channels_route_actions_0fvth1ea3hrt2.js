module.exports=[93327,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_v1_channels_route_actions_0fvth1ea3hrt2.js.map