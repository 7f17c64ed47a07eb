module.exports=[47483,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_webhooks_email_%5BchannelId%5D_route_actions_10-e11_96r2tc.js.map