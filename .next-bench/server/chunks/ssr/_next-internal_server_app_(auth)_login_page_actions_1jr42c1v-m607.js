module.exports=[53526,a=>{"use strict";a.s([])}];

//# sourceMappingURL=_next-internal_server_app_%28auth%29_login_page_actions_1jr42c1v-m607.js.map