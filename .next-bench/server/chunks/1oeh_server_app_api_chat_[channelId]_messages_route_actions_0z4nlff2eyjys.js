module.exports=[41611,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_chat_%5BchannelId%5D_messages_route_actions_0z4nlff2eyjys.js.map