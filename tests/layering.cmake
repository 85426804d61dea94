# The house rules of the layers, checked on the source tree (cmake -P, run by ctest):
# - ui/, cli/ and app/, and their tests, include no QtSql header and none of core's internal
#   headers: they reach the file through core's repositories, never through SQL of their own;
# - core includes no QtWidgets header: the command line links core alone;
# - no public header of core includes QtSql: a header that does is one of core's internal ones and
#   says so on a line of its own that starts with "// Internal to core".
#
# cmake -DSOURCE_DIR=<the source tree> -DWIDGETS_INCLUDE_DIRS=<QtWidgets' include folders> -P layering.cmake

cmake_minimum_required(VERSION 3.21)

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "layering.cmake: pass -DSOURCE_DIR=<the source tree>")
endif()

set(internal_marker "^// Internal to core")
set(include_pattern "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")

# The #include lines of a file, as a list of what they name.
function(includes_of file out)
    file(STRINGS "${file}" lines REGEX "${include_pattern}")
    set(names "")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "${include_pattern}.*" "\\1" name "${line}")
        list(APPEND names "${name}")
    endforeach()
    set(${out} "${names}" PARENT_SCOPE)
endfunction()

function(is_qtsql name out)
    if(name MATCHES "^(QtSql/|QtSql$|QSql)")
        set(${out} TRUE PARENT_SCOPE)
    else()
        set(${out} FALSE PARENT_SCOPE)
    endif()
endfunction()

set(problems "")

# Core's headers, and which of them are internal.
file(GLOB_RECURSE core_headers RELATIVE "${SOURCE_DIR}/core" "${SOURCE_DIR}/core/*.h")
set(internal_headers "")
foreach(header IN LISTS core_headers)
    file(STRINGS "${SOURCE_DIR}/core/${header}" marker REGEX "${internal_marker}" LIMIT_COUNT 1)
    if(marker)
        list(APPEND internal_headers "${header}")
        continue()
    endif()
    includes_of("${SOURCE_DIR}/core/${header}" names)
    foreach(name IN LISTS names)
        is_qtsql("${name}" sql)
        if(sql)
            list(APPEND problems "core/${header} is a public header of core and includes <${name}>")
        endif()
    endforeach()
endforeach()
if(NOT internal_headers)
    list(APPEND problems "no header of core is marked \"// Internal to core\": the check looks for nothing")
endif()

# ui/, cli/ and app/, and their tests (which look beneath core through tests/support): no SQL, no
# internal header.
foreach(layer IN ITEMS ui cli app tests/ui tests/cli)
    file(GLOB_RECURSE sources "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    foreach(source IN LISTS sources)
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
        includes_of("${source}" names)
        foreach(name IN LISTS names)
            is_qtsql("${name}" sql)
            if(sql)
                list(APPEND problems "${shown} includes <${name}>: only core runs SQL")
            endif()
            if(name IN_LIST internal_headers)
                list(APPEND problems "${shown} includes \"${name}\", which is internal to core")
            endif()
        endforeach()
    endforeach()
endforeach()

# core: no QtWidgets. The module's own header names (QWidget, qwidget.h…) are read from its folder.
set(widget_headers "")
foreach(dir IN LISTS WIDGETS_INCLUDE_DIRS)
    if(dir MATCHES "/QtWidgets/?$" AND IS_DIRECTORY "${dir}")
        file(GLOB names RELATIVE "${dir}" "${dir}/*")
        foreach(name IN LISTS names)
            # A few forward to QtGui, where Qt 6 moved the classes (qundostack.h…).
            if(NOT EXISTS "${dir}/../QtGui/${name}" AND NOT EXISTS "${dir}/../QtCore/${name}")
                list(APPEND widget_headers "${name}")
            endif()
        endforeach()
    endif()
endforeach()
if(NOT widget_headers)
    list(APPEND problems "QtWidgets' headers were not found in \"${WIDGETS_INCLUDE_DIRS}\"")
endif()
list(REMOVE_ITEM widget_headers "QtWidgets" "QtWidgetsDepends" "qtwidgetsglobal.h" "qtwidgetsexports.h"
     "qtwidgetsversion.h" "QtWidgetsVersion")
file(GLOB_RECURSE core_sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
foreach(source IN LISTS core_sources)
    file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
    includes_of("${source}" names)
    foreach(name IN LISTS names)
        string(REGEX REPLACE "^QtWidgets/" "" bare "${name}")
        if(name MATCHES "^QtWidgets(/|$)" OR bare IN_LIST widget_headers)
            list(APPEND problems "${shown} includes <${name}>, a QtWidgets header: core never uses widgets")
        endif()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "The layers are crossed:\n  ${text}")
endif()
list(LENGTH internal_headers internal_count)
message(STATUS "Layers kept: ${internal_count} internal headers of core, none of them used outside it")
