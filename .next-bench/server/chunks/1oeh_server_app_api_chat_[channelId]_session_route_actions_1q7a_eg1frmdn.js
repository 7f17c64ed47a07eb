module.exports=[78527,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_chat_%5BchannelId%5D_session_route_actions_1q7a_eg1frmdn.js.map