# Project-wide compile settings carried by one INTERFACE target that every target links.
add_library(attain_project_options INTERFACE)
target_compile_features(attain_project_options INTERFACE cxx_std_20)
if(MSVC)
    # /utf-8: sources hold Chinese string literals.
    target_compile_options(attain_project_options INTERFACE /W4 /utf-8 /permissive-)
    if(ATTAIN_WERROR)
        target_compile_options(attain_project_options INTERFACE /WX)
    endif()
else()
    target_compile_options(attain_project_options INTERFACE -Wall -Wextra -Wpedantic)
    if(ATTAIN_WERROR)
        target_compile_options(attain_project_options INTERFACE -Werror)
    endif()
endif()
target_compile_definitions(attain_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>
    $<$<CONFIG:Debug>:QT_FORCE_ASSERTS>)
if(ATTAIN_SANITIZE AND NOT MSVC)
    target_compile_options(attain_project_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(attain_project_options INTERFACE -fsanitize=address,undefined)
endif()
if(ATTAIN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "ATTAIN_FUZZ needs clang (libFuzzer): CC=clang CXX=clang++ cmake ...")
    endif()
    # Coverage instrumentation for everything the fuzzer reaches; each fuzz target adds
    # -fsanitize=fuzzer at link time for libFuzzer's main.
    target_compile_options(attain_project_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(attain_project_options INTERFACE -fsanitize=address,undefined)
endif()
