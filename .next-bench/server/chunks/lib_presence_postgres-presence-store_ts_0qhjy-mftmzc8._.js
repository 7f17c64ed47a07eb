module.exports=[25754,e=>e.a(async(t,a)=>{try{var s=e.i(62294),r=t([s]);[s]=r.then?(await r)():r;let I=e=>({membershipId:e.membershipId,tabId:e.tabId,conversationId:e.conversationId,name:e.name,state:e.state,expiresAt:Number(e.expiresAt)});e.s(["PostgresPresenceStore",0,class{async put(e,t,a){let r=await s.f.$queryRaw`
      WITH prev AS (
        SELECT "membershipId", "tabId", "conversationId", name, state, "expiresAt" FROM "PresenceBeat"
        WHERE "workspaceId" = ${e} AND "membershipId" = ${t.membershipId} AND "tabId" = ${t.tabId}
          AND "expiresAt" > to_timestamp(${a}::float8 / 1000) AT TIME ZONE 'UTC'
      ), up AS (
        INSERT INTO "PresenceBeat" ("workspaceId", "membershipId", "tabId", "conversationId", name, state, "expiresAt")
        VALUES (${e}, ${t.membershipId}, ${t.tabId}, ${t.conversationId}, ${t.name}, ${t.state}, to_timestamp(${t.expiresAt}::float8 / 1000) AT TIME ZONE 'UTC')
        ON CONFLICT ("workspaceId", "membershipId", "tabId") DO UPDATE
          SET "conversationId" = EXCLUDED."conversationId", name = EXCLUDED.name, state = EXCLUDED.state, "expiresAt" = EXCLUDED."expiresAt"
      ), gone AS (
        DELETE FROM "PresenceBeat"
        WHERE "workspaceId" = ${e} AND "expiresAt" <= to_timestamp(${a}::float8 / 1000) AT TIME ZONE 'UTC'
          AND NOT ("membershipId" = ${t.membershipId} AND "tabId" = ${t.tabId})
        RETURNING "membershipId", "tabId", "conversationId", name, state, "expiresAt"
      )
      SELECT 'prev' AS kind, "membershipId", "tabId", "conversationId", name, state,
             (extract(epoch FROM "expiresAt" AT TIME ZONE 'UTC') * 1000)::float8 AS "expiresAt" FROM prev
      UNION ALL
      SELECT 'gone', "membershipId", "tabId", "conversationId", name, state,
             (extract(epoch FROM "expiresAt" AT TIME ZONE 'UTC') * 1000)::float8 FROM gone`,i=r.find(e=>"prev"===e.kind);return{previous:i?I(i):null,expired:r.filter(e=>"gone"===e.kind).map(I)}}async remove(e,t,a,r){let i=await s.f.$queryRaw`
      DELETE FROM "PresenceBeat"
      WHERE "workspaceId" = ${e} AND "membershipId" = ${t} AND "tabId" = ${a} AND "conversationId" = ${r}
      RETURNING "membershipId", "tabId", "conversationId", name, state, (extract(epoch FROM "expiresAt" AT TIME ZONE 'UTC') * 1000)::float8 AS "expiresAt"`;return i[0]?I(i[0]):null}async list(e,t){return(await s.f.$queryRaw`
      SELECT "membershipId", "tabId", "conversationId", name, state, (extract(epoch FROM "expiresAt" AT TIME ZONE 'UTC') * 1000)::float8 AS "expiresAt"
      FROM "PresenceBeat"
      WHERE "workspaceId" = ${e} AND "expiresAt" > to_timestamp(${t}::float8 / 1000) AT TIME ZONE 'UTC'`).map(I)}}]),a()}catch(e){a(e)}},!1)];

//# sourceMappingURL=lib_presence_postgres-presence-store_ts_0qhjy-mftmzc8._.js.map