//! Stage 4: records -> tasks, units and periods. (To be written: issue 4.)
