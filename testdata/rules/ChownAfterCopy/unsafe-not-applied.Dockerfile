# The fix here is unsafe: dlint fix without --unsafe-fixes leaves the file as it is.
# dlint-test: fixes safe
FROM node:22-slim
COPY dist/ /app/
# expect: ChownAfterCopy
RUN chown -R node:node /app
CMD ["node", "/app/server.js"]
