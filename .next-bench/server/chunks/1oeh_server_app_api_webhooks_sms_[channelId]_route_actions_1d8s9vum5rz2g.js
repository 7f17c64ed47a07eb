module.exports=[89242,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_webhooks_sms_%5BchannelId%5D_route_actions_1d8s9vum5rz2g.js.map