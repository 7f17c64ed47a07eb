module.exports=[64283,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_chat_%5BchannelId%5D_contact_route_actions_09vye1prrljrf.js.map