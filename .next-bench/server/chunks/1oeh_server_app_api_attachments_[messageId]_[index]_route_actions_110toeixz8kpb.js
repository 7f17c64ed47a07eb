module.exports=[11346,s=>{"use strict";s.s([])}];

//# sourceMappingURL=1oeh_server_app_api_attachments_%5BmessageId%5D_%5Bindex%5D_route_actions_110toeixz8kpb.js.map