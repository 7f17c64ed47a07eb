module.exports=[12897,s=>{"use strict";s.s([])}];

//# sourceMappingURL=_next-internal_server_app_api_v1_conversations_route_actions_1-axheb89bj8e.js.map