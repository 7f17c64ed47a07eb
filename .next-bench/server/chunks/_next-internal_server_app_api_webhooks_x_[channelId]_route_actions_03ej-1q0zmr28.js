module.exports=[28678,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_webhooks_x_%5BchannelId%5D_route_actions_03ej-1q0zmr28.js.map