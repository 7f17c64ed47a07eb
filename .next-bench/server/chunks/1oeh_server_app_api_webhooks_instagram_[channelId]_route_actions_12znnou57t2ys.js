module.exports=[6889,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_webhooks_instagram_%5BchannelId%5D_route_actions_12znnou57t2ys.js.map