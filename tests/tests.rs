//! One integration-test binary (faster to link than many): a module per concern.

mod amrit;
mod batch;
mod cli;
mod column_corpus;
mod corpus;
mod crypt;
mod data_gate;
mod failsafe;
mod faults;
mod gates;
mod layers;
mod mariadb;
mod mydumper;
mod never_original;
mod output_gate;
mod props;
mod readme;
mod refresh;
mod regression;
mod strategies;
mod util;
