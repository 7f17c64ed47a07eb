module.exports=[73074,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_v1_channels_%5Bid%5D_messages_route_actions_05-w3yt_7zoyx.js.map