module.exports=[98348,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_v1_conversations_%5Bid%5D_tags_route_actions_0l9iadfs87hce.js.map