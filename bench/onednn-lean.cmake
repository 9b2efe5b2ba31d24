# Builds oneDNN as the CTranslate2 Python wheels do (inference only, the convolution and
# reorder primitives; the GEMM functions CTranslate2 calls are always built). Not a
# toolchain: ct2rs -> onednn-src -> cmake reads it through the CMAKE_TOOLCHAIN_FILE
# environment variable, the only way to pass options to onednn-src's cmake build:
#   CMAKE_TOOLCHAIN_FILE=$PWD/bench/onednn-lean.cmake cargo build --release --features dnnl
# The other cmake builds (CTranslate2, SentencePiece) ignore these variables.
set(ONEDNN_ENABLE_WORKLOAD "INFERENCE" CACHE STRING "" FORCE)
set(ONEDNN_ENABLE_PRIMITIVE "CONVOLUTION;REORDER" CACHE STRING "" FORCE)
