#include "schoolyear.h"
