# One INTERFACE target carries the compile options every Minuta target shares:
# the language standard, warnings and Qt's strictness defines.
add_library(minuta_options INTERFACE)
add_library(Minuta::options ALIAS minuta_options)

target_compile_features(minuta_options INTERFACE cxx_std_20)

target_compile_definitions(minuta_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MINUTA_VERSION="${PROJECT_VERSION}"
    MINUTA_APP_ID="${MINUTA_APP_ID}")

if(MSVC)
    target_compile_options(minuta_options INTERFACE /W4 /permissive- /utf-8)
    if(MINUTA_WERROR)
        target_compile_options(minuta_options INTERFACE /WX)
    endif()
else()
    target_compile_options(minuta_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wformat=2 -Wimplicit-fallthrough
        -Wmissing-declarations -Wundef)
    if(MINUTA_WERROR)
        target_compile_options(minuta_options INTERFACE -Werror)
    endif()
endif()
