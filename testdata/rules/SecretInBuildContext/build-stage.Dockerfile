# A secret copied into a build stage stays in that stage's layers and the build cache.
# dlint-test: file .pypirc = [pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc\n
# dlint-test: file setup.py = from setuptools import setup\n
FROM python:3.12-slim AS build
WORKDIR /src
# expect: SecretInBuildContext "into a layer of stage "build" (kept in the build cache"
COPY . .
RUN pip wheel --no-deps -w /wheels .

FROM python:3.12-slim
COPY --from=build /wheels /wheels
