# The chown RUN also runs another command: dropping the RUN would drop it too, so there is no fix.
FROM node:22-slim
COPY dist/ /app/
# expect: ChownAfterCopy
RUN chown -R node:node /app && ln -s /app/server.js /server.js
CMD ["node", "/app/server.js"]
