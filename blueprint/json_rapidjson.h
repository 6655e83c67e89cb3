// The one way blueprint/ includes RapidJSON. cereal's JSON archive comes first so that every translation unit
// sees cereal's RAPIDJSON_ASSERT (it throws instead of aborting the page): two definitions would break the ODR.
// Any code that includes rapidjson/ next to cereal must include this header instead.
#pragma once

#include <cereal/archives/json.hpp>
#include <cereal/types/vector.hpp>
#include <rapidjson/document.h>
#include <rapidjson/reader.h>
