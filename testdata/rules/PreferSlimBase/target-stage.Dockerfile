# dlint-test: target api
# expect: PreferSlimBase "The target stage "api""
FROM node:22 AS api
CMD ["node", "server.js"]

FROM node:22-alpine
CMD ["node", "web.js"]
