FROM node:20
# expect: UnpinnedPackage:17 as DL3016 "Pin it: `express@<version>`."
RUN npm install express
# expect: UnpinnedPackage as DL3016 "`@myorg/pkg`"
RUN npm install @myorg/pkg
# expect: UnpinnedPackage as DL3016 "`express` is installed"
RUN npm install express sax@0.1.1
# expect: UnpinnedPackage as DL3016
RUN npm install --global express
# expect: UnpinnedPackage as DL3016
RUN npm install git+https://github.com/npm/cli.git
# expect: UnpinnedPackage as DL3016
RUN npm install --registry https://registry.example express
# expect: UnpinnedPackage as DL3016
RUN npm install --registry=https://registry.example express
# npm i is npm install
# expect: UnpinnedPackage as DL3016
RUN npm i express
# latest is a moving tag, not a version
# expect: UnpinnedPackage as DL3016 "`npm@latest` is installed without a version"
RUN npm install -g npm@latest
RUN npm install
RUN npm ci
RUN npm install --progress=false
RUN npm install express@4.1.1
RUN npm install @myorg/pkg@">=0.1.0 <0.2.0"
RUN npm install -g express@"4.1.1"
RUN npm install ./pkg.tar ./pkg.tar.gz ./pkg.tgz
RUN npm install /folder ./ ../ ~/
RUN npm install git+ssh://git@github.com:npm/cli.git#v1.0.27
RUN npm install git+https://github.com/npm/cli.git#semver:^5.0
RUN npm run --crazy install
RUN npm install --loglevel verbose sax@0.1.1
# yarn and pnpm: no hadolint code
# expect: UnpinnedPackage "whatever `yarn add`"
RUN yarn add express
RUN pnpm add express@4
