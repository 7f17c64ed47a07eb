module.exports=[85473,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_webhooks_whatsapp_%5BchannelId%5D_route_actions_0nk7vnr9xiqcg.js.map