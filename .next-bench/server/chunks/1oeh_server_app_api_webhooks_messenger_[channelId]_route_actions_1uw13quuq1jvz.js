module.exports=[80767,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_webhooks_messenger_%5BchannelId%5D_route_actions_1uw13quuq1jvz.js.map