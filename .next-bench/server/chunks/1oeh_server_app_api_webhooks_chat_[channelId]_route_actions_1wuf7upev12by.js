module.exports=[79558,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_webhooks_chat_%5BchannelId%5D_route_actions_1wuf7upev12by.js.map