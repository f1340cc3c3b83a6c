FROM node:22-slim
RUN npm install -g pm2@5.4.2 && npm cache clean --force
RUN npm cache clean -f
RUN npm cache verify
