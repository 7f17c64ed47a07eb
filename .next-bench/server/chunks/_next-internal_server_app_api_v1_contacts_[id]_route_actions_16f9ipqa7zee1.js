module.exports=[71363,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_v1_contacts_%5Bid%5D_route_actions_16f9ipqa7zee1.js.map