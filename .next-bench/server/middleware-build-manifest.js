globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/BRBrGOQn20bPzfthvrVbL/_buildManifest.js",
    "static/BRBrGOQn20bPzfthvrVbL/_ssgManifest.js",
    "static/BRBrGOQn20bPzfthvrVbL/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/310vm2bl3xxpt.js",
    "static/chunks/0kzntr75017e0.js",
    "static/chunks/135ch7k38v3rr.js",
    "static/chunks/1h6_te26l9zle.js",
    "static/chunks/turbopack-077hmtqrhcoji.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(auth)/login/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(inbox)/inbox/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(inbox)/inbox/[id]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(manage)/settings/channels/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(manage)/settings/channels/[id]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(manage)/settings/channels/new/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/0kzntr75017e0.js",
        "static/chunks/135ch7k38v3rr.js",
        "static/chunks/1h6_te26l9zle.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
