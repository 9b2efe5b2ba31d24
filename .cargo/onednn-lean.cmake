# Builds oneDNN as the CTranslate2 Python wheels do: the inference workload, and of the
# primitives only convolution and reorder (CTranslate2 calls dnnl_sgemm and
# dnnl_gemm_{u8s8,s8s8}s32, which are always built, and a convolution and reorder for
# Whisper). It halves what onednn-src compiles (386 objects).
#
# Not a toolchain: .cargo/config.toml sets CMAKE_TOOLCHAIN_FILE to this file, which is the
# only way to pass options through ct2rs -> onednn-src -> cmake. The other cmake builds
# (CTranslate2, SentencePiece) read it too and ignore these variables.
set(ONEDNN_ENABLE_WORKLOAD "INFERENCE" CACHE STRING "" FORCE)
set(ONEDNN_ENABLE_PRIMITIVE "CONVOLUTION;REORDER" CACHE STRING "" FORCE)
