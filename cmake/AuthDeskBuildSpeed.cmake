# Build speed: a faster linker and shared precompiled headers. CI builds the tree twice (plain and
# sanitized) on two cores; most of that time went to parsing the same Qt headers in ~300 translation
# units and to GNU ld linking ~70 test executables.

# mold links each executable in a fraction of GNU ld's time; lld is the fallback. Either is only a
# speed choice, so a machine without them links with the default linker.
option(AUTHDESK_FAST_LINKER "Link with mold (or lld) when it is installed" ON)
if(AUTHDESK_FAST_LINKER)
    find_program(AUTHDESK_MOLD mold)
    find_program(AUTHDESK_LLD ld.lld)
    if(AUTHDESK_MOLD)
        target_link_options(authdesk_options INTERFACE -fuse-ld=mold)
    elseif(AUTHDESK_LLD)
        target_link_options(authdesk_options INTERFACE -fuse-ld=lld)
    endif()
endif()

# Precompiled headers. With GCC, one for the non-widget targets and one for the widget targets, each
# compiled once and reused by every target (REUSE_FROM) instead of once per target: GCC accepts a
# reused header as long as the code generation flags match, which authdesk_options guarantees, and
# -Winvalid-pch (added by CMake, an error under AUTHDESK_WERROR) says so loudly if they ever drift.
# clang refuses a header made under other -D flags, so there (the fuzz build, a handful of targets)
# each target compiles its own.
option(AUTHDESK_PCH "Precompile the common Qt and standard headers" ON)
set(AUTHDESK_PCH_SHARED OFF)
if(AUTHDESK_PCH AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(AUTHDESK_PCH_SHARED ON)
    add_library(authdesk_pch_core OBJECT "${CMAKE_CURRENT_LIST_DIR}/pch/pch.cpp")
    target_link_libraries(authdesk_pch_core PRIVATE authdesk_options Qt6::Core)
    target_precompile_headers(authdesk_pch_core PRIVATE "${CMAKE_CURRENT_LIST_DIR}/pch/core.h")

    add_library(authdesk_pch_widgets OBJECT "${CMAKE_CURRENT_LIST_DIR}/pch/pch.cpp")
    target_link_libraries(authdesk_pch_widgets PRIVATE authdesk_options Qt6::Widgets)
    target_precompile_headers(authdesk_pch_widgets PRIVATE "${CMAKE_CURRENT_LIST_DIR}/pch/widgets.h")
    set_target_properties(authdesk_pch_core authdesk_pch_widgets PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
endif()
set(AUTHDESK_PCH_DIR "${CMAKE_CURRENT_LIST_DIR}/pch")

# authdesk_precompile_targets(DIRECTORY): after every target is defined, gives each compiled target
# under DIRECTORY the header that fits it: the widgets one when it links Qt Widgets or the console
# library, the core one otherwise. Called once from the top-level CMakeLists.txt, so no CMakeLists
# of a layer has to know about it.
function(authdesk_precompile_targets directory)
    if(NOT AUTHDESK_PCH)
        return()
    endif()
    get_property(targets DIRECTORY "${directory}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|OBJECT_LIBRARY)$" OR target MATCHES "^authdesk_pch_")
            continue()
        endif()
        get_target_property(libraries ${target} LINK_LIBRARIES)
        if(NOT "authdesk_options" IN_LIST libraries)
            continue() # built with other flags (none today); a shared header would not fit
        endif()
        set(kind core)
        if("Qt6::Widgets" IN_LIST libraries OR "Qt::Widgets" IN_LIST libraries OR "authdesk_ui" IN_LIST libraries)
            set(kind widgets)
        endif()
        if(AUTHDESK_PCH_SHARED)
            target_precompile_headers(${target} REUSE_FROM authdesk_pch_${kind})
        else()
            target_precompile_headers(${target} PRIVATE "${AUTHDESK_PCH_DIR}/${kind}.h")
        endif()
    endforeach()
    get_property(subdirectories DIRECTORY "${directory}" PROPERTY SUBDIRECTORIES)
    foreach(subdirectory IN LISTS subdirectories)
        authdesk_precompile_targets("${subdirectory}")
    endforeach()
endfunction()
