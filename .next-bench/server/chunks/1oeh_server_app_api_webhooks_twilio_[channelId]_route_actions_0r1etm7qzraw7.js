module.exports=[33436,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_webhooks_twilio_%5BchannelId%5D_route_actions_0r1etm7qzraw7.js.map