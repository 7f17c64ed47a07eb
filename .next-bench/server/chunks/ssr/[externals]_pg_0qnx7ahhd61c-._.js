module.exports=[19208,a=>{a.v(a=>Promise.resolve().then(()=>a(23862)))}];

//# sourceMappingURL=%5Bexternals%5D_pg_0qnx7ahhd61c-._.js.map