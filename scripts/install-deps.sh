#!/usr/bin/env bash
# Installs everything krait needs to build and test on Debian 12 (run as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends \
  build-essential cmake ninja-build git python3 time \
  llvm-19-dev clang-19 lld-19 liblld-19-dev llvm-19-tools libclang-rt-19-dev \
  libcli11-dev libgtest-dev \
  zlib1g-dev libzstd-dev libedit-dev libxml2-dev libffi-dev libcurl4-openssl-dev \
  picolibc-arm-none-eabi picolibc-riscv64-unknown-elf gcc-arm-none-eabi gcc-riscv64-unknown-elf \
  qemu-system-arm qemu-system-misc pypy3 libclang-19-dev libclang-cpp19-dev ccache \
  libtcmalloc-minimal4
