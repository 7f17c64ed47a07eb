module.exports=[31248,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_chat_%5BchannelId%5D_events_route_actions_0ygvzqqen4dpw.js.map