-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: db_1097_identity
-- ------------------------------------------------------
-- Server version	8.0.36
-- Synthetic AMRIT data made by `amrit-stream synth --amrit`: no real person.

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `flyway_schema_history`
--

DROP TABLE IF EXISTS `flyway_schema_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `flyway_schema_history` (
  `installed_rank` int NOT NULL,
  `version` varchar(50) DEFAULT NULL,
  `description` varchar(200) NOT NULL,
  `type` varchar(20) NOT NULL,
  `script` varchar(1000) NOT NULL,
  `checksum` int DEFAULT NULL,
  `installed_by` varchar(100) NOT NULL,
  `installed_on` timestamp NOT NULL,
  `execution_time` int NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`installed_rank`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `flyway_schema_history`
--

LOCK TABLES `flyway_schema_history` WRITE;
/*!40000 ALTER TABLE `flyway_schema_history` DISABLE KEYS */;
INSERT INTO `flyway_schema_history` (`installed_rank`,`version`,`description`,`type`,`script`,`checksum`,`installed_by`,`installed_on`,`execution_time`,`success`) VALUES (1,'1','migration 1','SQL','V1__migration_1.sql',1007919,'amrit','2025-01-01 00:00:00',1,1),(2,'2','migration 2','SQL','V2__migration_2.sql',1015838,'amrit','2025-01-01 00:00:00',2,1),(3,'3','migration 3','SQL','V3__migration_3.sql',1023757,'amrit','2025-01-01 00:00:00',3,1),(4,'4','migration 4','SQL','V4__migration_4.sql',1031676,'amrit','2025-01-01 00:00:00',4,1),(5,'5','migration 5','SQL','V5__migration_5.sql',1039595,'amrit','2025-01-01 00:00:00',5,1);
/*!40000 ALTER TABLE `flyway_schema_history` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `i_beneficiaryaccount`
--

DROP TABLE IF EXISTS `i_beneficiaryaccount`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryaccount` (
  `BenAccountID` bigint(20) NOT NULL AUTO_INCREMENT,
  `BankName` varchar(100) DEFAULT NULL,
  `BranchName` varchar(100) DEFAULT NULL,
  `IFSCCode` varchar(20) DEFAULT NULL,
  `AccountNo` varchar(50) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenAccountID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryaddress`
--

DROP TABLE IF EXISTS `i_beneficiaryaddress`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryaddress` (
  `BenAddressID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PermAddrLine1` varchar(50) DEFAULT NULL,
  `PermAddrLine2` varchar(50) DEFAULT NULL,
  `PermAddrLine3` varchar(50) DEFAULT NULL,
  `PermCountryId` int(15) DEFAULT NULL,
  `PermCountry` varchar(15) DEFAULT NULL,
  `PermStateId` int(15) NOT NULL,
  `PermState` varchar(30) NOT NULL,
  `PermDistrictId` int(15) NOT NULL,
  `PermDistrict` varchar(50) NOT NULL,
  `PermSubDistrictId` int(15) DEFAULT NULL,
  `PermSubDistrict` varchar(50) DEFAULT NULL,
  `PermVillageId` int(15) DEFAULT NULL,
  `PermVillage` varchar(100) DEFAULT NULL,
  `PermHabitation` varchar(50) DEFAULT NULL,
  `PermPinCode` varchar(8) DEFAULT NULL,
  `PermZoneID` int(15) DEFAULT NULL,
  `PermZone` varchar(50) DEFAULT NULL,
  `PermAreaId` int(15) DEFAULT NULL,
  `PermArea` varchar(50) DEFAULT NULL,
  `PermServicePointId` int(15) DEFAULT NULL,
  `PermServicePoint` varchar(50) DEFAULT NULL,
  `PermCoordinate` varchar(50) DEFAULT NULL,
  `CurrAddrLine1` varchar(50) DEFAULT NULL,
  `CurrAddrLine2` varchar(50) DEFAULT NULL,
  `CurrAddrLine3` varchar(50) DEFAULT NULL,
  `CurrCountryId` int(15) DEFAULT NULL,
  `CurrCountry` varchar(15) DEFAULT NULL,
  `CurrStateId` int(15) NOT NULL,
  `CurrState` varchar(30) NOT NULL,
  `CurrDistrictId` int(15) NOT NULL,
  `CurrDistrict` varchar(50) NOT NULL,
  `CurrSubDistrictId` int(15) DEFAULT NULL,
  `CurrSubDistrict` varchar(50) DEFAULT NULL,
  `CurrVillageId` int(15) DEFAULT NULL,
  `CurrVillage` varchar(100) DEFAULT NULL,
  `CurrHabitation` varchar(50) DEFAULT NULL,
  `CurrPinCode` varchar(8) DEFAULT NULL,
  `CurrZoneID` int(15) DEFAULT NULL,
  `CurrZone` varchar(50) DEFAULT NULL,
  `CurrAreaId` int(15) DEFAULT NULL,
  `CurrArea` varchar(50) DEFAULT NULL,
  `CurrServicePointId` int(15) DEFAULT NULL,
  `CurrServicePoint` varchar(50) DEFAULT NULL,
  `CurrCoordinate` varchar(50) DEFAULT NULL,
  `EmerAddrLine1` varchar(50) DEFAULT NULL,
  `EmerAddrLine2` varchar(50) DEFAULT NULL,
  `EmerAddrLine3` varchar(50) DEFAULT NULL,
  `EmerCountryId` int(15) DEFAULT NULL,
  `EmerCountry` varchar(15) DEFAULT NULL,
  `EmerStateId` int(15) NOT NULL,
  `EmerState` varchar(30) NOT NULL,
  `EmerDistrictId` int(15) NOT NULL,
  `EmerDistrict` varchar(50) NOT NULL,
  `EmerSubDistrictId` int(15) DEFAULT NULL,
  `EmerSubDistrict` varchar(50) DEFAULT NULL,
  `EmerVillageId` int(15) DEFAULT NULL,
  `EmerVillage` varchar(100) DEFAULT NULL,
  `EmerHabitation` varchar(50) DEFAULT NULL,
  `EmerPinCode` varchar(8) DEFAULT NULL,
  `PermAddressValue` varchar(250) DEFAULT NULL,
  `CurrAddressValue` varchar(250) DEFAULT NULL,
  `EmerAddressValue` varchar(250) DEFAULT NULL,
  `EmerZoneID` int(15) DEFAULT NULL,
  `EmerZone` varchar(50) DEFAULT NULL,
  `EmerAreaId` int(15) DEFAULT NULL,
  `EmerArea` varchar(50) DEFAULT NULL,
  `EmerServicePointId` int(15) DEFAULT NULL,
  `EmerServicePoint` varchar(50) DEFAULT NULL,
  `EmerCoordinate` varchar(50) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenAddressID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryconsent`
--

DROP TABLE IF EXISTS `i_beneficiaryconsent`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryconsent` (
  `BenConsentID` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenConsent` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithSpouse` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithSpouse` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithFamily` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithFamily` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithFriends` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithFriends` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithDoctor` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithDoctor` bit(1) DEFAULT NULL,
  `ShareAnonymousWithGovt` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithGovt` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithGovt` bit(1) DEFAULT NULL,
  `ShareAnonymousWithMedicalCommunity` bit(1) DEFAULT NULL,
  `SharePersonalDetailsForMedicalStudy` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsForMedicalStudy` bit(1) DEFAULT NULL,
  `ShareAnonymousWithNGO` bit(1) DEFAULT NULL,
  `SharePersonalDetailsWithNGO` bit(1) DEFAULT NULL,
  `ShareMedicalDetailsWithNGO` bit(1) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenConsentID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiarycontacts`
--

DROP TABLE IF EXISTS `i_beneficiarycontacts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarycontacts` (
  `BenContactsID` bigint(20) NOT NULL AUTO_INCREMENT,
  `PreferredPhoneNum` varchar(25) DEFAULT NULL,
  `PreferredPhoneTyp` varchar(15) DEFAULT NULL,
  `PreferredSMSPhoneNum` varchar(25) DEFAULT NULL,
  `PreferredSMSPhoneTyp` varchar(15) DEFAULT NULL,
  `EmergencyContactNum` varchar(25) DEFAULT NULL,
  `EmergencyContactTyp` varchar(15) DEFAULT NULL,
  `PhoneNum1` varchar(25) DEFAULT NULL,
  `PhoneTyp1` varchar(15) DEFAULT NULL,
  `PhoneNum2` varchar(25) DEFAULT NULL,
  `PhoneTyp2` varchar(15) DEFAULT NULL,
  `PhoneNum3` varchar(25) DEFAULT NULL,
  `PhoneTyp3` varchar(15) DEFAULT NULL,
  `PhoneNum4` varchar(25) DEFAULT NULL,
  `PhoneTyp4` varchar(15) DEFAULT NULL,
  `PhoneNum5` varchar(25) DEFAULT NULL,
  `PhoneTyp5` varchar(15) DEFAULT NULL,
  `EmailId` varchar(75) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenContactsID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `i_beneficiarycontacts`
--

LOCK TABLES `i_beneficiarycontacts` WRITE;
/*!40000 ALTER TABLE `i_beneficiarycontacts` DISABLE KEYS */;
INSERT INTO `i_beneficiarycontacts` VALUES (1,'9031842958','Prefer1','9031842958','Prefer1','7288982788','Emerge1','9031842958','PhoneT1','7288982788','PhoneT1','9031842958','PhoneT1','9031842958','PhoneT1','9031842958','PhoneT1','kusum.tripathi0@gmail.com',b'0','N','hemlata.b','2025-02-02 09:01:00',b'1','Reserv1','Reserv1',1,'hemlata.b','2025-02-02 09:01:00',1,1,'Vehica1',1,'hemlata.b','2025-02-02 09:01:00','Reserv1'),(2,'7119279066','Prefer2','7119279066','Prefer2','9545825241','Emerge2','7119279066','PhoneT2','9545825241','PhoneT2','7119279066','PhoneT2','7119279066','PhoneT2','7119279066','PhoneT2','hemant.hazarika3@gmail.com',b'0','N','kalpana.s','2025-03-03 10:02:00',b'1','Reserv2','Reserv2',2,'kalpana.s','2025-03-03 10:02:00',2,2,'Vehica2',2,'kalpana.s','2025-03-03 10:02:00','Reserv2'),(3,'8958128898','Prefer3','8958128898','Prefer3','6788193286','Emerge3','8958128898','PhoneT3','6788193286','PhoneT3','8958128898','PhoneT3','8958128898','PhoneT3','8958128898','PhoneT3','rukmini.deshpande6@gmail.com',b'0','N','aparna.b','2025-04-04 11:03:00',b'1','Reserv3','Reserv3',3,'aparna.b','2025-04-04 11:03:00',3,3,'Vehica3',3,'aparna.b','2025-04-04 11:03:00','Reserv3'),(4,'9066754582','Prefer4','9066754582','Prefer4','9241176049','Emerge4','9066754582','PhoneT4','9241176049','PhoneT4','9066754582','PhoneT4','9066754582','PhoneT4','9066754582','PhoneT4','lakshman.choudhary9@gmail.com',b'0','N','hemlata.c','2025-05-05 12:04:00',b'1','Reserv4','Reserv4',4,'hemlata.c','2025-05-05 12:04:00',4,4,'Vehica4',4,'hemlata.c','2025-05-05 12:04:00','Reserv4'),(5,'8898278819','Prefer5','8898278819','Prefer5','9286090382','Emerge5','8898278819','PhoneT5','9286090382','PhoneT5','8898278819','PhoneT5','8898278819','PhoneT5','8898278819','PhoneT5','chiranjeevi.upadhyay12@gmail.com',b'0','N','malati.h','2025-06-06 13:05:00',b'1','Reserv5','Reserv5',5,'malati.h','2025-06-06 13:05:00',5,5,'Vehica5',5,'malati.h','2025-06-06 13:05:00','Reserv5'),(6,'6582524117','Prefer6','6582524117','Prefer6','8049966316','Emerge6','6582524117','PhoneT6','8049966316','PhoneT6','6582524117','PhoneT6','6582524117','PhoneT6','6582524117','PhoneT6','dhananjay.chakraborty15@gmail.com',b'0','N','vaishali.p','2025-07-07 14:06:00',b'1','Reserv6','Reserv6',6,'vaishali.p','2025-07-07 14:06:00',6,6,'Vehica6',6,'vaishali.p','2025-07-07 14:06:00','Reserv6'),(7,'6819328609','Prefer7','6819328609','Prefer7','6382135731','Emerge7','6819328609','PhoneT7','6382135731','PhoneT7','6819328609','PhoneT7','6819328609','PhoneT7','6819328609','PhoneT7','omkar.kushwaha18@gmail.com',b'0','N','Yashoda.T','2025-08-08 15:07:00',b'1','Reserv7','Reserv7',7,'Yashoda.T','2025-08-08 15:07:00',7,7,'Vehica7',7,'Yashoda.T','2025-08-08 15:07:00','Reserv7'),(8,'8117604996','Prefer8','8117604996','Prefer8','8316015484','Emerge8','8117604996','PhoneT8','8316015484','PhoneT8','8117604996','PhoneT8','8117604996','PhoneT8','8117604996','PhoneT8','kusum.tripathi21@gmail.com',b'0','N','charulata.g','2025-09-09 16:08:00',b'1','Reserv8','Reserv8',8,'charulata.g','2025-09-09 16:08:00',8,8,'Vehica8',8,'charulata.g','2025-09-09 16:08:00','Reserv8'),(9,'8609038213','Prefer9','8609038213','Prefer9','7731558572','Emerge9','8609038213','PhoneT9','7731558572','PhoneT9','8609038213','PhoneT9','8609038213','PhoneT9','8609038213','PhoneT9','kusum.trivedi24@gmail.com',b'0','N','urmila.m','2025-10-10 17:09:00',b'1','Reserv9','Reserv9',9,'urmila.m','2025-10-10 17:09:00',9,9,'Vehica9',9,'urmila.m','2025-10-10 17:09:00','Reserv9'),(10,'6996631601','Prefer10','6996631601','Prefer10','9484697959','Emerge10','6996631601','PhoneT10','9484697959','PhoneT10','6996631601','PhoneT10','6996631601','PhoneT10','6996631601','PhoneT10','aparna.choudhary27@gmail.com',b'0','N','vaishali.m','2025-11-11 08:10:00',b'1','Reserv10','Reserv10',10,'vaishali.m','2025-11-11 08:10:00',10,10,'Vehica10',10,'vaishali.m','2025-11-11 08:10:00','Reserv10'),(11,'8213573155','Prefer11','8213573155','Prefer11','8572339794','Emerge11','8213573155','PhoneT11','8572339794','PhoneT11','8213573155','PhoneT11','8213573155','PhoneT11','8213573155','PhoneT11','chiranjeevi.bora30@gmail.com',b'0','N','charulata.b','2025-12-12 09:11:00',b'1','Reserv11','Reserv11',11,'charulata.b','2025-12-12 09:11:00',11,11,'Vehica11',11,'charulata.b','2025-12-12 09:11:00','Reserv11'),(12,'9601548469','Prefer12','9601548469','Prefer12','9959175016','Emerge12','9601548469','PhoneT12','9959175016','PhoneT12','9601548469','PhoneT12','9601548469','PhoneT12','9601548469','PhoneT12','charulata.upadhyay33@gmail.com',b'0','N','kusum.t','2025-01-13 10:12:00',b'1','Reserv12','Reserv12',12,'kusum.t','2025-01-13 10:12:00',12,12,'Vehica12',12,'kusum.t','2025-01-13 10:12:00','Reserv12'),(13,'7155857233','Prefer13','7155857233','Prefer13','7794913840','Emerge13','7155857233','PhoneT13','7794913840','PhoneT13','7155857233','PhoneT13','7155857233','PhoneT13','7155857233','PhoneT13','bhagyashree.nayak36@gmail.com',b'0','N','shalini.b','2025-02-14 11:13:00',b'1','Reserv13','Reserv13',13,'shalini.b','2025-02-14 11:13:00',13,13,'Vehica13',13,'shalini.b','2025-02-14 11:13:00','Reserv13'),(14,'6469795917','Prefer14','6469795917','Prefer14','7016537333','Emerge14','6469795917','PhoneT14','7016537333','PhoneT14','6469795917','PhoneT14','6469795917','PhoneT14','6469795917','PhoneT14','kusum.chakraborty39@gmail.com',b'0','N','trupti.b','2025-03-15 12:14:00',b'1','Reserv14','Reserv14',14,'trupti.b','2025-03-15 12:14:00',14,14,'Vehica14',14,'trupti.b','2025-03-15 12:14:00','Reserv14'),(15,'9233979491','Prefer15','9233979491','Prefer15','7840206308','Emerge15','9233979491','PhoneT15','7840206308','PhoneT15','9233979491','PhoneT15','9233979491','PhoneT15','9233979491','PhoneT15','yashoda.pradhan42@gmail.com',b'0','N','rukmini.d','2025-04-16 13:15:00',b'1','Reserv15','Reserv15',15,'rukmini.d','2025-04-16 13:15:00',15,15,'Vehica15',15,'rukmini.d','2025-04-16 13:15:00','Reserv15'),(16,'9917501653','Prefer16','9917501653','Prefer16','9333863258','Emerge16','9917501653','PhoneT16','9333863258','PhoneT16','9917501653','PhoneT16','9917501653','PhoneT16','9917501653','PhoneT16','hemant.choudhary45@gmail.com',b'0','N','bhagyashree.c','2025-05-17 14:16:00',b'1','Reserv16','Reserv16',16,'bhagyashree.c','2025-05-17 14:16:00',16,16,'Vehica16',16,'bhagyashree.c','2025-05-17 14:16:00','Reserv16'),(17,'9491384020','Prefer17','9491384020','Prefer17','8308540339','Emerge17','9491384020','PhoneT17','8308540339','PhoneT17','9491384020','PhoneT17','9491384020','PhoneT17','9491384020','PhoneT17','yashoda.mohanty48@gmail.com',b'0','N','jayshree.m','2025-06-18 15:17:00',b'1','Reserv17','Reserv17',17,'jayshree.m','2025-06-18 15:17:00',17,17,'Vehica17',17,'jayshree.m','2025-06-18 15:17:00','Reserv17'),(18,'7653733386','Prefer18','7653733386','Prefer18','7258469086','Emerge18','7653733386','PhoneT18','7258469086','PhoneT18','7653733386','PhoneT18','7653733386','PhoneT18','7653733386','PhoneT18','chiranjeevi.hazarika51@gmail.com',b'0','N','charulata.c','2025-07-19 16:18:00',b'1','Reserv18','Reserv18',18,'charulata.c','2025-07-19 16:18:00',18,18,'Vehica18',18,'charulata.c','2025-07-19 16:18:00','Reserv18'),(19,'6020630854','Prefer19','6020630854','Prefer19','8339563996','Emerge19','6020630854','PhoneT19','8339563996','PhoneT19','6020630854','PhoneT19','6020630854','PhoneT19','6020630854','PhoneT19','kusum.bhattacharya54@gmail.com',b'0','N','leela.b','2025-08-20 17:19:00',b'1','Reserv19','Reserv19',19,'leela.b','2025-08-20 17:19:00',19,19,'Vehica19',19,'leela.b','2025-08-20 17:19:00','Reserv19'),(20,'9386325846','Prefer20','9386325846','Prefer20','7086189853','Emerge20','9386325846','PhoneT20','7086189853','PhoneT20','9386325846','PhoneT20','9386325846','PhoneT20','9386325846','PhoneT20','jayshree.kushwaha57@gmail.com',b'0','N','shalini.t','2025-09-21 08:20:00',b'1','Reserv20','Reserv20',20,'shalini.t','2025-09-21 08:20:00',20,20,'Vehica20',20,'shalini.t','2025-09-21 08:20:00','Reserv20'),(21,'8854033956','Prefer21','8854033956','Prefer21','7996010208','Emerge21','8854033956','PhoneT21','7996010208','PhoneT21','8854033956','PhoneT21','8854033956','PhoneT21','8854033956','PhoneT21','yogendra.deshpande60@gmail.com',b'0','N','vaishali.s','2025-10-22 09:21:00',b'1','Reserv21','Reserv21',21,'vaishali.s','2025-10-22 09:21:00',21,21,'Vehica21',21,'vaishali.s','2025-10-22 09:21:00','Reserv21'),(22,'7846908618','Prefer22','7846908618','Prefer22','9853986562','Emerge22','7846908618','PhoneT22','9853986562','PhoneT22','7846908618','PhoneT22','7846908618','PhoneT22','7846908618','PhoneT22','hemlata.kushwaha63@gmail.com',b'0','N','charulata.s','2025-11-23 10:22:00',b'1','Reserv22','Reserv22',22,'charulata.s','2025-11-23 10:22:00',22,22,'Vehica22',22,'charulata.s','2025-11-23 10:22:00','Reserv22'),(23,'7956399601','Prefer23','7956399601','Prefer23','8208905685','Emerge23','7956399601','PhoneT23','8208905685','PhoneT23','7956399601','PhoneT23','7956399601','PhoneT23','7956399601','PhoneT23','damayanti.mandal66@gmail.com',b'0','N','admin','2025-12-24 11:23:00',b'1','Reserv23','Reserv23',23,'admin','2025-12-24 11:23:00',23,23,'Vehica23',23,'admin','2025-12-24 11:23:00','Reserv23'),(24,'6618985398','Prefer24','6618985398','Prefer24','6562783245','Emerge24','6618985398','PhoneT24','6562783245','PhoneT24','6618985398','PhoneT24','6618985398','PhoneT24','6618985398','PhoneT24','bhupinder.hazarika69@gmail.com',b'0','N','vaishali.t','2025-01-25 12:24:00',b'1','Reserv24','Reserv24',24,'vaishali.t','2025-01-25 12:24:00',24,24,'Vehica24',24,'vaishali.t','2025-01-25 12:24:00','Reserv24'),(25,'9601020890','Prefer25','9601020890','Prefer25','9685809281','Emerge25','9601020890','PhoneT25','9685809281','PhoneT25','9601020890','PhoneT25','9601020890','PhoneT25','9601020890','PhoneT25','trupti.prajapati72@gmail.com',b'0','N','trupti.b','2025-02-26 13:25:00',b'1','Reserv25','Reserv25',25,'trupti.b','2025-02-26 13:25:00',25,25,'Vehica25',25,'trupti.b','2025-02-26 13:25:00','Reserv25'),(26,'7398656278','Prefer26','7398656278','Prefer26','9245727829','Emerge26','7398656278','PhoneT26','9245727829','PhoneT26','7398656278','PhoneT26','7398656278','PhoneT26','7398656278','PhoneT26','yogendra.choudhary75@gmail.com',b'0','N','kalpana.p','2025-03-27 14:26:00',b'1','Reserv26','Reserv26',26,'kalpana.p','2025-03-27 14:26:00',26,26,'Vehica26',26,'kalpana.p','2025-03-27 14:26:00','Reserv26'),(27,'8890568580','Prefer27','8890568580','Prefer27','9281125654','Emerge27','8890568580','PhoneT27','9281125654','PhoneT27','8890568580','PhoneT27','8890568580','PhoneT27','8890568580','PhoneT27','rukmini.trivedi78@gmail.com',b'0','N','rukmini.c','2025-04-28 15:27:00',b'1','Reserv27','Reserv27',27,'rukmini.c','2025-04-28 15:27:00',27,27,'Vehica27',27,'rukmini.c','2025-04-28 15:27:00','Reserv27'),(28,'8278324572','Prefer28','8278324572','Prefer28','7829275422','Emerge28','8278324572','PhoneT28','7829275422','PhoneT28','8278324572','PhoneT28','8278324572','PhoneT28','8278324572','PhoneT28','jayshree.mandal81@gmail.com',b'0','N','aparna.b','2025-05-01 16:28:00',b'1','Reserv28','Reserv28',28,'aparna.b','2025-05-01 16:28:00',28,28,'Vehica28',28,'aparna.b','2025-05-01 16:28:00','Reserv28'),(29,'8580928112','Prefer29','8580928112','Prefer29','7654227823','Emerge29','8580928112','PhoneT29','7654227823','PhoneT29','8580928112','PhoneT29','8580928112','PhoneT29','8580928112','PhoneT29','bhagyashree.bora84@gmail.com',b'0','N','malati.m','2025-06-02 17:29:00',b'1','Reserv29','Reserv29',29,'malati.m','2025-06-02 17:29:00',29,29,'Vehica29',29,'malati.m','2025-06-02 17:29:00','Reserv29'),(30,'8572782927','Prefer30','8572782927','Prefer30','7422997382','Emerge30','8572782927','PhoneT30','7422997382','PhoneT30','8572782927','PhoneT30','8572782927','PhoneT30','8572782927','PhoneT30','rukmini.choudhary87@gmail.com',b'0','N','Yashoda.S','2025-07-03 08:30:00',b'1','Reserv30','Reserv30',30,'Yashoda.S','2025-07-03 08:30:00',30,30,'Vehica30',30,'Yashoda.S','2025-07-03 08:30:00','Reserv30'),(31,'6112565422','Prefer31','6112565422','Prefer31','7823444177','Emerge31','6112565422','PhoneT31','7823444177','PhoneT31','6112565422','PhoneT31','6112565422','PhoneT31','6112565422','PhoneT31','madhav.kushwaha90@gmail.com',b'0','N','aparna.p','2025-08-04 09:31:00',b'1','Reserv31','Reserv31',31,'aparna.p','2025-08-04 09:31:00',31,31,'Vehica31',31,'aparna.p','2025-08-04 09:31:00','Reserv31'),(32,'6927542299','Prefer32','6927542299','Prefer32','9382149513','Emerge32','6927542299','PhoneT32','9382149513','PhoneT32','6927542299','PhoneT32','6927542299','PhoneT32','6927542299','PhoneT32','tushar.bora93@gmail.com',b'0','N','hemlata.n','2025-09-05 10:32:00',b'1','Reserv32','Reserv32',32,'hemlata.n','2025-09-05 10:32:00',32,32,'Vehica32',32,'hemlata.n','2025-09-05 10:32:00','Reserv32'),(33,'7422782344','Prefer33','7422782344','Prefer33','8177309760','Emerge33','7422782344','PhoneT33','8177309760','PhoneT33','7422782344','PhoneT33','7422782344','PhoneT33','7422782344','PhoneT33','ekta.tripathi96@gmail.com',b'0','N','hemlata.u','2025-10-06 11:33:00',b'1','Reserv33','Reserv33',33,'hemlata.u','2025-10-06 11:33:00',33,33,'Vehica33',33,'hemlata.u','2025-10-06 11:33:00','Reserv33'),(34,'6299738214','Prefer34','6299738214','Prefer34','7513181717','Emerge34','6299738214','PhoneT34','7513181717','PhoneT34','6299738214','PhoneT34','6299738214','PhoneT34','6299738214','PhoneT34','hemant.trivedi99@gmail.com',b'0','N','bhagyashree.t','2025-11-07 12:34:00',b'1','Reserv34','Reserv34',34,'bhagyashree.t','2025-11-07 12:34:00',34,34,'Vehica34',34,'bhagyashree.t','2025-11-07 12:34:00','Reserv34'),(35,'8344417730','Prefer35','8344417730','Prefer35','7760754642','Emerge35','8344417730','PhoneT35','7760754642','PhoneT35','8344417730','PhoneT35','8344417730','PhoneT35','8344417730','PhoneT35','hemlata.bora102@gmail.com',b'0','N','ekta.g','2025-12-08 13:35:00',b'1','Reserv35','Reserv35',35,'ekta.g','2025-12-08 13:35:00',35,35,'Vehica35',35,'ekta.g','2025-12-08 13:35:00','Reserv35'),(36,'8214951318','Prefer36','8214951318','Prefer36','7717127703','Emerge36','8214951318','PhoneT36','7717127703','PhoneT36','8214951318','PhoneT36','8214951318','PhoneT36','8214951318','PhoneT36','kalpana.saikia105@gmail.com',b'0','N','jayshree.m','2025-01-09 14:36:00',b'1','Reserv36','Reserv36',36,'jayshree.m','2025-01-09 14:36:00',36,36,'Vehica36',36,'jayshree.m','2025-01-09 14:36:00','Reserv36'),(37,'9730976075','Prefer37','9730976075','Prefer37','8642932642','Emerge37','9730976075','PhoneT37','8642932642','PhoneT37','9730976075','PhoneT37','9730976075','PhoneT37','9730976075','PhoneT37','narendra.tripathi108@gmail.com',b'0','N','damayanti.b','2025-02-10 15:37:00',b'1','Reserv37','Reserv37',37,'damayanti.b','2025-02-10 15:37:00',37,37,'Vehica37',37,'damayanti.b','2025-02-10 15:37:00','Reserv37'),(38,'9318171712','Prefer38','9318171712','Prefer38','9703744149','Emerge38','9318171712','PhoneT38','9703744149','PhoneT38','9318171712','PhoneT38','9318171712','PhoneT38','9318171712','PhoneT38','kalpana.upadhyay111@gmail.com',b'0','N','padmini.p','2025-03-11 16:38:00',b'1','Reserv38','Reserv38',38,'padmini.p','2025-03-11 16:38:00',38,38,'Vehica38',38,'padmini.p','2025-03-11 16:38:00','Reserv38'),(39,'6075464293','Prefer39','6075464293','Prefer39','6642516779','Emerge39','6075464293','PhoneT39','6642516779','PhoneT39','6075464293','PhoneT39','6075464293','PhoneT39','6075464293','PhoneT39','malati.hazarika114@gmail.com',b'0','N','leela.b','2025-04-12 17:39:00',b'1','Reserv39','Reserv39',39,'leela.b','2025-04-12 17:39:00',39,39,'Vehica39',39,'leela.b','2025-04-12 17:39:00','Reserv39'),(40,'7712770374','Prefer40','7712770374','Prefer40','6149272401','Emerge40','7712770374','PhoneT40','6149272401','PhoneT40','7712770374','PhoneT40','7712770374','PhoneT40','7712770374','PhoneT40','yashoda.bhattacharya117@gmail.com',b'0','N','malati.k','2025-05-13 08:40:00',b'1','Reserv40','Reserv40',40,'malati.k','2025-05-13 08:40:00',40,40,'Vehica40',40,'malati.k','2025-05-13 08:40:00','Reserv40'),(41,'6293264251','Prefer41','6293264251','Prefer41','8779137443','Emerge41','6293264251','PhoneT41','8779137443','PhoneT41','6293264251','PhoneT41','6293264251','PhoneT41','6293264251','PhoneT41','madhav.saikia120@gmail.com',b'0','N','damayanti.t','2025-06-14 09:41:00',b'1','Reserv41','Reserv41',41,'damayanti.t','2025-06-14 09:41:00',41,41,'Vehica41',41,'damayanti.t','2025-06-14 09:41:00','Reserv41'),(42,'8374414927','Prefer42','8374414927','Prefer42','8401287968','Emerge42','8374414927','PhoneT42','8401287968','PhoneT42','8374414927','PhoneT42','8374414927','PhoneT42','8374414927','PhoneT42','charulata.gaikwad123@gmail.com',b'0','N','charulata.k','2025-07-15 10:42:00',b'1','Reserv42','Reserv42',42,'charulata.k','2025-07-15 10:42:00',42,42,'Vehica42',42,'charulata.k','2025-07-15 10:42:00','Reserv42'),(43,'6251677913','Prefer43','6251677913','Prefer43','7443251942','Emerge43','6251677913','PhoneT43','7443251942','PhoneT43','6251677913','PhoneT43','6251677913','PhoneT43','6251677913','PhoneT43','padmini.mandal126@gmail.com',b'0','N','nirmala.c','2025-08-16 11:43:00',b'1','Reserv43','Reserv43',43,'nirmala.c','2025-08-16 11:43:00',43,43,'Vehica43',43,'nirmala.c','2025-08-16 11:43:00','Reserv43'),(44,'8927240128','Prefer44','8927240128','Prefer44','7968048870','Emerge44','8927240128','PhoneT44','7968048870','PhoneT44','8927240128','PhoneT44','8927240128','PhoneT44','8927240128','PhoneT44','umesh.mandal129@gmail.com',b'0','N','kusum.t','2025-09-17 12:44:00',b'1','Reserv44','Reserv44',44,'kusum.t','2025-09-17 12:44:00',44,44,'Vehica44',44,'kusum.t','2025-09-17 12:44:00','Reserv44'),(45,'7913744325','Prefer45','7913744325','Prefer45','9942713270','Emerge45','7913744325','PhoneT45','9942713270','PhoneT45','7913744325','PhoneT45','7913744325','PhoneT45','7913744325','PhoneT45','omkar.gaikwad132@gmail.com',b'0','N','shalini.d','2025-10-18 13:45:00',b'1','Reserv45','Reserv45',45,'shalini.d','2025-10-18 13:45:00',45,45,'Vehica45',45,'shalini.d','2025-10-18 13:45:00','Reserv45'),(46,'8128796804','Prefer46','8128796804','Prefer46','6870609001','Emerge46','8128796804','PhoneT46','6870609001','PhoneT46','8128796804','PhoneT46','8128796804','PhoneT46','8128796804','PhoneT46','leela.choudhary135@gmail.com',b'0','N','admin','2025-11-19 14:46:00',b'1','Reserv46','Reserv46',46,'admin','2025-11-19 14:46:00',46,46,'Vehica46',46,'admin','2025-11-19 14:46:00','Reserv46'),(47,'8325194271','Prefer47','8325194271','Prefer47','7270771002','Emerge47','8325194271','PhoneT47','7270771002','PhoneT47','8325194271','PhoneT47','8325194271','PhoneT47','8325194271','PhoneT47','raghunath.kalita138@gmail.com',b'0','N','aparna.u','2025-12-20 15:47:00',b'1','Reserv47','Reserv47',47,'aparna.u','2025-12-20 15:47:00',47,47,'Vehica47',47,'aparna.u','2025-12-20 15:47:00','Reserv47'),(48,'6804887060','Prefer48','6804887060','Prefer48','9001589886','Emerge48','6804887060','PhoneT48','9001589886','PhoneT48','6804887060','PhoneT48','6804887060','PhoneT48','6804887060','PhoneT48','shalini.trivedi141@gmail.com',b'0','N','jayshree.t','2025-01-21 16:48:00',b'1','Reserv48','Reserv48',48,'jayshree.t','2025-01-21 16:48:00',48,48,'Vehica48',48,'jayshree.t','2025-01-21 16:48:00','Reserv48'),(49,'8271327077','Prefer49','8271327077','Prefer49','7002002013','Emerge49','8271327077','PhoneT49','7002002013','PhoneT49','8271327077','PhoneT49','8271327077','PhoneT49','8271327077','PhoneT49','aparna.trivedi144@gmail.com',b'0','N','yashoda.p','2025-02-22 17:49:00',b'1','Reserv49','Reserv49',49,'yashoda.p','2025-02-22 17:49:00',49,49,'Vehica49',49,'yashoda.p','2025-02-22 17:49:00','Reserv49'),(50,'9060900158','Prefer50','9060900158','Prefer50','9886268924','Emerge50','9060900158','PhoneT50','9886268924','PhoneT50','9060900158','PhoneT50','9060900158','PhoneT50','9060900158','PhoneT50','yashoda.pradhan147@gmail.com',b'0','N','hemlata.m','2025-03-23 08:50:00',b'1','Reserv50','Reserv50',50,'hemlata.m','2025-03-23 08:50:00',50,50,'Vehica50',50,'hemlata.m','2025-03-23 08:50:00','Reserv50'),(51,'7077100200','Prefer51','7077100200','Prefer51','6013676697','Emerge51','7077100200','PhoneT51','6013676697','PhoneT51','7077100200','PhoneT51','7077100200','PhoneT51','7077100200','PhoneT51','gayatri.kalita150@gmail.com',b'0','N','kusum.b','2025-04-24 09:51:00',b'1','Reserv51','Reserv51',51,'kusum.b','2025-04-24 09:51:00',51,51,'Vehica51',51,'kusum.b','2025-04-24 09:51:00','Reserv51'),(52,'6158988626','Prefer52','6158988626','Prefer52','6924610801','Emerge52','6158988626','PhoneT52','6924610801','PhoneT52','6158988626','PhoneT52','6158988626','PhoneT52','6158988626','PhoneT52','charulata.choudhary153@gmail.com',b'0','N','trupti.c','2025-05-25 10:52:00',b'1','Reserv52','Reserv52',52,'trupti.c','2025-05-25 10:52:00',52,52,'Vehica52',52,'trupti.c','2025-05-25 10:52:00','Reserv52'),(53,'8200201367','Prefer53','8200201367','Prefer53','8697535947','Emerge53','8200201367','PhoneT53','8697535947','PhoneT53','8200201367','PhoneT53','8200201367','PhoneT53','8200201367','PhoneT53','rukmini.mohanty156@gmail.com',b'0','N','Aparna.N','2025-06-26 11:53:00',b'1','Reserv53','Reserv53',53,'Aparna.N','2025-06-26 11:53:00',53,53,'Vehica53',53,'Aparna.N','2025-06-26 11:53:00','Reserv53'),(54,'8626892461','Prefer54','8626892461','Prefer54','8801747245','Emerge54','8626892461','PhoneT54','8801747245','PhoneT54','8626892461','PhoneT54','8626892461','PhoneT54','8626892461','PhoneT54','shalini.srivastava159@gmail.com',b'0','N','kusum.m','2025-07-27 12:54:00',b'1','Reserv54','Reserv54',54,'kusum.m','2025-07-27 12:54:00',54,54,'Vehica54',54,'kusum.m','2025-07-27 12:54:00','Reserv54'),(55,'7367669753','Prefer55','7367669753','Prefer55','9947331052','Emerge55','7367669753','PhoneT55','9947331052','PhoneT55','7367669753','PhoneT55','7367669753','PhoneT55','7367669753','PhoneT55','nirmala.kushwaha162@gmail.com',b'0','N','hemlata.m','2025-08-28 13:55:00',b'1','Reserv55','Reserv55',55,'hemlata.m','2025-08-28 13:55:00',55,55,'Vehica55',55,'hemlata.m','2025-08-28 13:55:00','Reserv55'),(56,'6461080174','Prefer56','6461080174','Prefer56','9245762193','Emerge56','6461080174','PhoneT56','9245762193','PhoneT56','6461080174','PhoneT56','6461080174','PhoneT56','6461080174','PhoneT56','jitendra.chakraborty165@gmail.com',b'0','N','bhagyashree.s','2025-09-01 14:56:00',b'1','Reserv56','Reserv56',56,'bhagyashree.s','2025-09-01 14:56:00',56,56,'Vehica56',56,'bhagyashree.s','2025-09-01 14:56:00','Reserv56'),(57,'9753594733','Prefer57','9753594733','Prefer57','7052393923','Emerge57','9753594733','PhoneT57','7052393923','PhoneT57','9753594733','PhoneT57','9753594733','PhoneT57','9753594733','PhoneT57','rukmini.gaikwad168@gmail.com',b'0','N','charulata.m','2025-10-02 15:57:00',b'1','Reserv57','Reserv57',57,'charulata.m','2025-10-02 15:57:00',57,57,'Vehica57',57,'charulata.m','2025-10-02 15:57:00','Reserv57'),(58,'8174724576','Prefer58','8174724576','Prefer58','6193210499','Emerge58','8174724576','PhoneT58','6193210499','PhoneT58','8174724576','PhoneT58','8174724576','PhoneT58','8174724576','PhoneT58','kamlesh.gaikwad171@gmail.com',b'0','N','malati.s','2025-11-03 16:58:00',b'1','Reserv58','Reserv58',58,'malati.s','2025-11-03 16:58:00',58,58,'Vehica58',58,'malati.s','2025-11-03 16:58:00','Reserv58'),(59,'6733105239','Prefer59','6733105239','Prefer59','7923713915','Emerge59','6733105239','PhoneT59','7923713915','PhoneT59','6733105239','PhoneT59','6733105239','PhoneT59','6733105239','PhoneT59','shailesh.behera174@gmail.com',b'0','N','jayshree.b','2025-12-04 17:59:00',b'1','Reserv59','Reserv59',59,'jayshree.b','2025-12-04 17:59:00',59,59,'Vehica59',59,'jayshree.b','2025-12-04 17:59:00','Reserv59'),(60,'6576219321','Prefer60','6576219321','Prefer60','8499265385','Emerge60','6576219321','PhoneT60','8499265385','PhoneT60','6576219321','PhoneT60','6576219321','PhoneT60','6576219321','PhoneT60','raghunath.nayak177@gmail.com',b'0','N','ekta.p','2025-01-05 08:00:00',b'1','Reserv60','Reserv60',60,'ekta.p','2025-01-05 08:00:00',60,60,'Vehica60',60,'ekta.p','2025-01-05 08:00:00','Reserv60'),(61,'7239392371','Prefer61','7239392371','Prefer61','9915371268','Emerge61','7239392371','PhoneT61','9915371268','PhoneT61','7239392371','PhoneT61','7239392371','PhoneT61','7239392371','PhoneT61','bhagyashree.bora180@gmail.com',b'0','N','urmila.k','2025-02-06 09:01:00',b'1','Reserv61','Reserv61',61,'urmila.k','2025-02-06 09:01:00',61,61,'Vehica61',61,'urmila.k','2025-02-06 09:01:00','Reserv61'),(62,'7321049926','Prefer62','7321049926','Prefer62','7385899881','Emerge62','7321049926','PhoneT62','7385899881','PhoneT62','7321049926','PhoneT62','7321049926','PhoneT62','7321049926','PhoneT62','madhav.saikia183@gmail.com',b'0','N','gayatri.s','2025-03-07 10:02:00',b'1','Reserv62','Reserv62',62,'gayatri.s','2025-03-07 10:02:00',62,62,'Vehica62',62,'gayatri.s','2025-03-07 10:02:00','Reserv62'),(63,'8371391537','Prefer63','8371391537','Prefer63','9268494068','Emerge63','8371391537','PhoneT63','9268494068','PhoneT63','8371391537','PhoneT63','8371391537','PhoneT63','8371391537','PhoneT63','jayshree.pradhan186@gmail.com',b'0','N','yashoda.n','2025-04-08 11:03:00',b'1','Reserv63','Reserv63',63,'yashoda.n','2025-04-08 11:03:00',63,63,'Vehica63',63,'yashoda.n','2025-04-08 11:03:00','Reserv63'),(64,'9926538589','Prefer64','9926538589','Prefer64','7881825336','Emerge64','9926538589','PhoneT64','7881825336','PhoneT64','9926538589','PhoneT64','9926538589','PhoneT64','9926538589','PhoneT64','yashoda.saikia189@gmail.com',b'0','N','nirmala.c','2025-05-09 12:04:00',b'1','Reserv64','Reserv64',64,'nirmala.c','2025-05-09 12:04:00',64,64,'Vehica64',64,'nirmala.c','2025-05-09 12:04:00','Reserv64'),(65,'7537126849','Prefer65','7537126849','Prefer65','8068065791','Emerge65','7537126849','PhoneT65','8068065791','PhoneT65','7537126849','PhoneT65','7537126849','PhoneT65','7537126849','PhoneT65','madhav.mohanty192@gmail.com',b'0','N','vaishali.c','2025-06-10 13:05:00',b'1','Reserv65','Reserv65',65,'vaishali.c','2025-06-10 13:05:00',65,65,'Vehica65',65,'vaishali.c','2025-06-10 13:05:00','Reserv65'),(66,'8589988182','Prefer66','8589988182','Prefer66','9336187930','Emerge66','8589988182','PhoneT66','9336187930','PhoneT66','8589988182','PhoneT66','8589988182','PhoneT66','8589988182','PhoneT66','hemant.nayak195@gmail.com',b'0','N','bhagyashree.g','2025-07-11 14:06:00',b'1','Reserv66','Reserv66',66,'bhagyashree.g','2025-07-11 14:06:00',66,66,'Vehica66',66,'bhagyashree.g','2025-07-11 14:06:00','Reserv66'),(67,'6849406806','Prefer67','6849406806','Prefer67','9791888499','Emerge67','6849406806','PhoneT67','9791888499','PhoneT67','6849406806','PhoneT67','6849406806','PhoneT67','6849406806','PhoneT67','umesh.kushwaha198@gmail.com',b'0','N','gayatri.d','2025-08-12 15:07:00',b'1','Reserv67','Reserv67',67,'gayatri.d','2025-08-12 15:07:00',67,67,'Vehica67',67,'gayatri.d','2025-08-12 15:07:00','Reserv67'),(68,'6182533618','Prefer68','6182533618','Prefer68','9930765115','Emerge68','6182533618','PhoneT68','9930765115','PhoneT68','6182533618','PhoneT68','6182533618','PhoneT68','6182533618','PhoneT68','bhupinder.tripathi201@gmail.com',b'0','N','urmila.k','2025-09-13 16:08:00',b'1','Reserv68','Reserv68',68,'urmila.k','2025-09-13 16:08:00',68,68,'Vehica68',68,'urmila.k','2025-09-13 16:08:00','Reserv68'),(69,'8806579188','Prefer69','8806579188','Prefer69','8499936855','Emerge69','8806579188','PhoneT69','8499936855','PhoneT69','8806579188','PhoneT69','8806579188','PhoneT69','8806579188','PhoneT69','damayanti.hazarika204@gmail.com',b'0','N','admin','2025-10-14 17:09:00',b'1','Reserv69','Reserv69',69,'admin','2025-10-14 17:09:00',69,69,'Vehica69',69,'admin','2025-10-14 17:09:00','Reserv69'),(70,'9618793076','Prefer70','9618793076','Prefer70','7115075755','Emerge70','9618793076','PhoneT70','7115075755','PhoneT70','9618793076','PhoneT70','9618793076','PhoneT70','9618793076','PhoneT70','shalini.choudhary207@gmail.com',b'0','N','charulata.c','2025-11-15 08:10:00',b'1','Reserv70','Reserv70',70,'charulata.c','2025-11-15 08:10:00',70,70,'Vehica70',70,'charulata.c','2025-11-15 08:10:00','Reserv70'),(71,'9188849993','Prefer71','9188849993','Prefer71','8855948085','Emerge71','9188849993','PhoneT71','8855948085','PhoneT71','9188849993','PhoneT71','9188849993','PhoneT71','9188849993','PhoneT71','rukmini.pradhan210@gmail.com',b'0','N','damayanti.k','2025-12-16 09:11:00',b'1','Reserv71','Reserv71',71,'damayanti.k','2025-12-16 09:11:00',71,71,'Vehica71',71,'damayanti.k','2025-12-16 09:11:00','Reserv71'),(72,'9076511507','Prefer72','9076511507','Prefer72','9755759230','Emerge72','9076511507','PhoneT72','9755759230','PhoneT72','9076511507','PhoneT72','9076511507','PhoneT72','9076511507','PhoneT72','urmila.mohanty213@gmail.com',b'0','N','damayanti.b','2025-01-17 10:12:00',b'1','Reserv72','Reserv72',72,'damayanti.b','2025-01-17 10:12:00',72,72,'Vehica72',72,'damayanti.b','2025-01-17 10:12:00','Reserv72'),(73,'9993685594','Prefer73','9993685594','Prefer73','8085525659','Emerge73','9993685594','PhoneT73','8085525659','PhoneT73','9993685594','PhoneT73','9993685594','PhoneT73','9993685594','PhoneT73','leela.bora216@gmail.com',b'0','N','trupti.b','2025-02-18 11:13:00',b'1','Reserv73','Reserv73',73,'trupti.b','2025-02-18 11:13:00',73,73,'Vehica73',73,'trupti.b','2025-02-18 11:13:00','Reserv73'),(74,'7507575575','Prefer74','7507575575','Prefer74','9230551401','Emerge74','7507575575','PhoneT74','9230551401','PhoneT74','7507575575','PhoneT74','7507575575','PhoneT74','7507575575','PhoneT74','narendra.tripathi219@gmail.com',b'0','N','kalpana.t','2025-03-19 12:14:00',b'1','Reserv74','Reserv74',74,'kalpana.t','2025-03-19 12:14:00',74,74,'Vehica74',74,'kalpana.t','2025-03-19 12:14:00','Reserv74'),(75,'9594808552','Prefer75','9594808552','Prefer75','7659332299','Emerge75','9594808552','PhoneT75','7659332299','PhoneT75','9594808552','PhoneT75','9594808552','PhoneT75','9594808552','PhoneT75','nirmala.bhattacharya222@gmail.com',b'0','N','shalini.k','2025-04-20 13:15:00',b'1','Reserv75','Reserv75',75,'shalini.k','2025-04-20 13:15:00',75,75,'Vehica75',75,'shalini.k','2025-04-20 13:15:00','Reserv75'),(76,'7575923055','Prefer76','7575923055','Prefer76','7401820438','Emerge76','7575923055','PhoneT76','7401820438','PhoneT76','7575923055','PhoneT76','7575923055','PhoneT76','7575923055','PhoneT76','hemant.mandal225@gmail.com',b'0','N','Urmila.P','2025-05-21 14:16:00',b'1','Reserv76','Reserv76',76,'Urmila.P','2025-05-21 14:16:00',76,76,'Vehica76',76,'Urmila.P','2025-05-21 14:16:00','Reserv76'),(77,'6552565933','Prefer77','6552565933','Prefer77','8299854730','Emerge77','6552565933','PhoneT77','8299854730','PhoneT77','6552565933','PhoneT77','6552565933','PhoneT77','6552565933','PhoneT77','vaishali.behera228@gmail.com',b'0','N','gayatri.k','2025-06-22 15:17:00',b'1','Reserv77','Reserv77',77,'gayatri.k','2025-06-22 15:17:00',77,77,'Vehica77',77,'gayatri.k','2025-06-22 15:17:00','Reserv77'),(78,'7055140182','Prefer78','7055140182','Prefer78','8438938416','Emerge78','7055140182','PhoneT78','8438938416','PhoneT78','7055140182','PhoneT78','7055140182','PhoneT78','7055140182','PhoneT78','yogendra.trivedi231@gmail.com',b'0','N','shalini.d','2025-07-23 16:18:00',b'1','Reserv78','Reserv78',78,'shalini.d','2025-07-23 16:18:00',78,78,'Vehica78',78,'shalini.d','2025-07-23 16:18:00','Reserv78'),(79,'7933229985','Prefer79','7933229985','Prefer79','6730800266','Emerge79','7933229985','PhoneT79','6730800266','PhoneT79','7933229985','PhoneT79','7933229985','PhoneT79','7933229985','PhoneT79','yogendra.kalita234@gmail.com',b'0','N','hemlata.s','2025-08-24 17:19:00',b'1','Reserv79','Reserv79',79,'hemlata.s','2025-08-24 17:19:00',79,79,'Vehica79',79,'hemlata.s','2025-08-24 17:19:00','Reserv79'),(80,'6182043893','Prefer80','6182043893','Prefer80','8416984549','Emerge80','6182043893','PhoneT80','8416984549','PhoneT80','6182043893','PhoneT80','6182043893','PhoneT80','6182043893','PhoneT80','omkar.hazarika237@gmail.com',b'0','N','kalpana.u','2025-09-25 08:20:00',b'1','Reserv80','Reserv80',80,'kalpana.u','2025-09-25 08:20:00',80,80,'Vehica80',80,'kalpana.u','2025-09-25 08:20:00','Reserv80'),(81,'7985473080','Prefer81','7985473080','Prefer81','8266884805','Emerge81','7985473080','PhoneT81','8266884805','PhoneT81','7985473080','PhoneT81','7985473080','PhoneT81','7985473080','PhoneT81','tushar.hazarika240@gmail.com',b'0','N','kusum.p','2025-10-26 09:21:00',b'1','Reserv81','Reserv81',81,'kusum.p','2025-10-26 09:21:00',81,81,'Vehica81',81,'kusum.p','2025-10-26 09:21:00','Reserv81'),(82,'7893841698','Prefer82','7893841698','Prefer82','8549912624','Emerge82','7893841698','PhoneT82','8549912624','PhoneT82','7893841698','PhoneT82','7893841698','PhoneT82','7893841698','PhoneT82','yashoda.choudhary243@gmail.com',b'0','N','kalpana.k','2025-11-27 10:22:00',b'1','Reserv82','Reserv82',82,'kalpana.k','2025-11-27 10:22:00',82,82,'Vehica82',82,'kalpana.k','2025-11-27 10:22:00','Reserv82'),(83,'9080026688','Prefer83','9080026688','Prefer83','8805985771','Emerge83','9080026688','PhoneT83','8805985771','PhoneT83','9080026688','PhoneT83','9080026688','PhoneT83','9080026688','PhoneT83','vasant.prajapati246@gmail.com',b'0','N','padmini.c','2025-12-28 11:23:00',b'1','Reserv83','Reserv83',83,'padmini.c','2025-12-28 11:23:00',83,83,'Vehica83',83,'padmini.c','2025-12-28 11:23:00','Reserv83'),(84,'7698454991','Prefer84','7698454991','Prefer84','8624721764','Emerge84','7698454991','PhoneT84','8624721764','PhoneT84','7698454991','PhoneT84','7698454991','PhoneT84','7698454991','PhoneT84','hemlata.mandal249@gmail.com',b'0','N','padmini.n','2025-01-01 12:24:00',b'1','Reserv84','Reserv84',84,'padmini.n','2025-01-01 12:24:00',84,84,'Vehica84',84,'padmini.n','2025-01-01 12:24:00','Reserv84'),(85,'6688480598','Prefer85','6688480598','Prefer85','9771814650','Emerge85','6688480598','PhoneT85','9771814650','PhoneT85','6688480598','PhoneT85','6688480598','PhoneT85','6688480598','PhoneT85','rukmini.kushwaha252@gmail.com',b'0','N','shalini.g','2025-02-02 13:25:00',b'1','Reserv85','Reserv85',85,'shalini.g','2025-02-02 13:25:00',85,85,'Vehica85',85,'shalini.g','2025-02-02 13:25:00','Reserv85'),(86,'6991262472','Prefer86','6991262472','Prefer86','7764664156','Emerge86','6991262472','PhoneT86','7764664156','PhoneT86','6991262472','PhoneT86','6991262472','PhoneT86','6991262472','PhoneT86','umesh.hazarika255@gmail.com',b'0','N','malati.h','2025-03-03 14:26:00',b'1','Reserv86','Reserv86',86,'malati.h','2025-03-03 14:26:00',86,86,'Vehica86',86,'malati.h','2025-03-03 14:26:00','Reserv86'),(87,'6598577181','Prefer87','6598577181','Prefer87','6650817873','Emerge87','6598577181','PhoneT87','6650817873','PhoneT87','6598577181','PhoneT87','6598577181','PhoneT87','6598577181','PhoneT87','ekta.prajapati258@gmail.com',b'0','N','aparna.s','2025-04-04 15:27:00',b'1','Reserv87','Reserv87',87,'aparna.s','2025-04-04 15:27:00',87,87,'Vehica87',87,'aparna.s','2025-04-04 15:27:00','Reserv87'),(88,'8472176466','Prefer88','8472176466','Prefer88','6156572249','Emerge88','8472176466','PhoneT88','6156572249','PhoneT88','8472176466','PhoneT88','8472176466','PhoneT88','8472176466','PhoneT88','trupti.saikia261@gmail.com',b'0','N','aparna.h','2025-05-05 16:28:00',b'1','Reserv88','Reserv88',88,'aparna.h','2025-05-05 16:28:00',88,88,'Vehica88',88,'aparna.h','2025-05-05 16:28:00','Reserv88'),(89,'9181465081','Prefer89','9181465081','Prefer89','9873364622','Emerge89','9181465081','PhoneT89','9873364622','PhoneT89','9181465081','PhoneT89','9181465081','PhoneT89','9181465081','PhoneT89','charulata.mandal264@gmail.com',b'0','N','bhagyashree.m','2025-06-06 17:29:00',b'1','Reserv89','Reserv89',89,'bhagyashree.m','2025-06-06 17:29:00',89,89,'Vehica89',89,'bhagyashree.m','2025-06-06 17:29:00','Reserv89'),(90,'8466415657','Prefer90','8466415657','Prefer90','8249336595','Emerge90','8466415657','PhoneT90','8249336595','PhoneT90','8466415657','PhoneT90','8466415657','PhoneT90','8466415657','PhoneT90','trupti.pradhan267@gmail.com',b'0','N','nirmala.t','2025-07-07 08:30:00',b'1','Reserv90','Reserv90',90,'nirmala.t','2025-07-07 08:30:00',90,90,'Vehica90',90,'nirmala.t','2025-07-07 08:30:00','Reserv90'),(91,'7081787336','Prefer91','7081787336','Prefer91','6622757531','Emerge91','7081787336','PhoneT91','6622757531','PhoneT91','7081787336','PhoneT91','7081787336','PhoneT91','7081787336','PhoneT91','rukmini.chakraborty270@gmail.com',b'0','N','trupti.t','2025-08-08 09:31:00',b'1','Reserv91','Reserv91',91,'trupti.t','2025-08-08 09:31:00',91,91,'Vehica91',91,'trupti.t','2025-08-08 09:31:00','Reserv91'),(92,'9657224933','Prefer92','9657224933','Prefer92','6595907806','Emerge92','9657224933','PhoneT92','6595907806','PhoneT92','9657224933','PhoneT92','9657224933','PhoneT92','9657224933','PhoneT92','chiranjeevi.tripathi273@gmail.com',b'0','N','admin','2025-09-09 10:32:00',b'1','Reserv92','Reserv92',92,'admin','2025-09-09 10:32:00',92,92,'Vehica92',92,'admin','2025-09-09 10:32:00','Reserv92'),(93,'9336462275','Prefer93','9336462275','Prefer93','9531446466','Emerge93','9336462275','PhoneT93','9531446466','PhoneT93','9336462275','PhoneT93','9336462275','PhoneT93','9336462275','PhoneT93','girish.srivastava276@gmail.com',b'0','N','gayatri.n','2025-10-10 11:33:00',b'1','Reserv93','Reserv93',93,'gayatri.n','2025-10-10 11:33:00',93,93,'Vehica93',93,'gayatri.n','2025-10-10 11:33:00','Reserv93'),(94,'6933659590','Prefer94','6933659590','Prefer94','9806034268','Emerge94','6933659590','PhoneT94','9806034268','PhoneT94','6933659590','PhoneT94','6933659590','PhoneT94','6933659590','PhoneT94','rukmini.prajapati279@gmail.com',b'0','N','jayshree.s','2025-11-11 12:34:00',b'1','Reserv94','Reserv94',94,'jayshree.s','2025-11-11 12:34:00',94,94,'Vehica94',94,'jayshree.s','2025-11-11 12:34:00','Reserv94'),(95,'6275753144','Prefer95','6275753144','Prefer95','8466410563','Emerge95','6275753144','PhoneT95','8466410563','PhoneT95','6275753144','PhoneT95','6275753144','PhoneT95','6275753144','PhoneT95','madhav.tripathi282@gmail.com',b'0','N','aparna.b','2025-12-12 13:35:00',b'1','Reserv95','Reserv95',95,'aparna.b','2025-12-12 13:35:00',95,95,'Vehica95',95,'aparna.b','2025-12-12 13:35:00','Reserv95');
/*!40000 ALTER TABLE `i_beneficiarycontacts` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `i_beneficiarydetails`
--

DROP TABLE IF EXISTS `i_beneficiarydetails`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarydetails` (
  `BeneficiaryDetailsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `TitleId` int(11) DEFAULT NULL,
  `Title` varchar(10) DEFAULT NULL,
  `FirstName` varchar(50) DEFAULT NULL,
  `MiddleName` varchar(50) DEFAULT NULL,
  `LastName` varchar(50) DEFAULT NULL,
  `Status` varchar(10) DEFAULT NULL,
  `GenderId` int(11) DEFAULT NULL,
  `Gender` varchar(20) DEFAULT NULL,
  `MaritalStatusId` int(11) DEFAULT NULL,
  `MaritalStatus` varchar(20) DEFAULT NULL,
  `MarriageDate` datetime DEFAULT NULL,
  `MarriageAge` smallint(6) DEFAULT NULL,
  `DOB` datetime DEFAULT NULL,
  `FatherName` varchar(50) DEFAULT NULL,
  `MotherName` varchar(50) DEFAULT NULL,
  `SpouseName` varchar(50) DEFAULT NULL,
  `EmergencyRegistration` bit(1) DEFAULT NULL,
  `HealthCareWorkerId` int(11) DEFAULT NULL,
  `HealthCareWorker` varchar(45) DEFAULT NULL,
  `PlaceOfWork` varchar(30) DEFAULT NULL,
  `LiteracyStatus` varchar(30) DEFAULT NULL,
  `educationId` int(11) DEFAULT NULL,
  `education` varchar(45) DEFAULT NULL,
  `occupationId` smallint(6) DEFAULT NULL,
  `occupation` varchar(45) DEFAULT NULL,
  `incomeStatusId` smallint(6) DEFAULT NULL,
  `incomeStatus` varchar(45) DEFAULT NULL,
  `communityId` int(11) DEFAULT NULL,
  `community` varchar(45) DEFAULT NULL,
  `religionId` smallint(6) DEFAULT NULL,
  `religion` varchar(45) DEFAULT NULL,
  `preferredLanguageId` int(11) DEFAULT NULL,
  `preferredLanguage` varchar(45) DEFAULT NULL,
  `sourceOfInfo` varchar(300) DEFAULT NULL,
  `servicePointId` bigint(20) DEFAULT NULL,
  `areaId` int(15) DEFAULT NULL,
  `zoneId` int(15) DEFAULT NULL,
  `phcId` int(15) DEFAULT NULL,
  `Remarks` varchar(300) DEFAULT NULL,
  `familyid` varchar(50) DEFAULT NULL,
  `HeadofFamily_RelationID` int(11) DEFAULT NULL,
  `HeadofFamily_Relation` varchar(50) DEFAULT NULL,
  `Others` varchar(100) DEFAULT NULL,
  `faceEmbedding` longtext DEFAULT NULL,
  `ExtraFields` json DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SexualOrientationID` int(11) DEFAULT NULL,
  `SexualOrientationType` varchar(30) DEFAULT NULL,
  `IsHIVPositive` bit(1) DEFAULT NULL,
  `HIVStatus` smallint(6) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  `MonthlyFamilyIncome` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`BeneficiaryDetailsId`),
  UNIQUE KEY `uk_1` (`BeneficiaryRegID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `i_beneficiarydetails`
--

LOCK TABLES `i_beneficiarydetails` WRITE;
/*!40000 ALTER TABLE `i_beneficiarydetails` DISABLE KEYS */;
INSERT INTO `i_beneficiarydetails` VALUES (1,1000000011,1,'Title1','Kusum','Kusum','Tripathi','Status1',1,'Female',1,'Marita1','2025-02-02 09:01:00',2,'1971-01-04 00:00:00','Dhananjay Tripathi','Padmini Tripathi','Vasant Tripathi',b'1',1,'Hemlata Bora','PlaceO1','Litera1',1,'educat1',1,'occupa1',1,'income1',1,'commun1',1,'religi1',1,'prefer1','source1',1,1,1,1,'Patient Kusum Tripathi complains of pain in lower abdomen. Relative reachable on +91 7288982788. Aadhaar 518530070422 seen.','family1',1,'Headof1','Others1','faceEm1','{\"relativeName\":\"Dhananjay Tripathi\",\"relativeMobile\":\"7288982788\",\"relation\":\"Father\"}',b'0','N','hemlata.b','2025-02-02 09:01:00',b'1','Reserv1','Reserv1',1,'hemlata.b','2025-02-02 09:01:00',1,1,'Vehica1',1,1,'Sexual1',b'1',4,'hemlata.b','2025-02-02 09:01:00','Reserv1','Monthl1'),(2,1000000122,2,'Title2','Hemant','Jitendra','Hazarika','Status2',2,'Male',2,'Marita2','2025-03-03 10:02:00',4,'2014-10-15 00:00:00','Hemant Hazarika','Aparna Hazarika','Ekta Hazarika',b'1',2,'Kalpana Saikia','PlaceO2','Litera2',2,'educat2',2,'occupa2',2,'income2',2,'commun2',2,'religi2',2,'prefer2','source2',2,2,2,2,'Follow-up call to Hemant on 7119279066: cough with sputum for two weeks, improving.','family2',2,'Headof2','Others2','faceEm2','{\"relativeName\":\"Hemant Hazarika\",\"relativeMobile\":\"9545825241\",\"relation\":\"Father\"}',b'0','N','kalpana.s','2025-03-03 10:02:00',b'1','Reserv2','Reserv2',2,'kalpana.s','2025-03-03 10:02:00',2,2,'Vehica2',2,2,'Sexual2',b'1',1,'kalpana.s','2025-03-03 10:02:00','Reserv2','Monthl2'),(3,1000000233,3,'Title3','Rukmini','Kusum','Deshpande','Status3',3,'Female',3,'Marita3','2025-04-04 11:03:00',5,'1952-04-28 00:00:00','Abhay Deshpande','Damayanti Deshpande','Vasant Deshpande',b'1',3,'Aparna Behera','PlaceO3','Litera3',3,'educat3',3,'occupa3',3,'income3',3,'commun3',3,'religi3',3,'prefer3','source3',3,3,3,3,'RUKMINI DESHPANDE C/O PAIN IN LOWER ABDOMEN. ASHA: Aparna Behera visited.','family3',3,'Headof3','Others3','faceEm3','{\"relativeName\":\"Abhay Deshpande\",\"relativeMobile\":\"6788193286\",\"relation\":\"Father\"}',b'0','N','aparna.b','2025-04-04 11:03:00',b'1','Reserv3','Reserv3',3,'aparna.b','2025-04-04 11:03:00',3,3,'Vehica3',3,3,'Sexual3',b'1',5,'aparna.b','2025-04-04 11:03:00','Reserv3','Monthl3'),(4,1000000344,4,'Title4','Lakshman','Hemant','Choudhary','Status4',4,'Male',4,'Marita4','2025-05-05 12:04:00',2,'1956-03-18 00:00:00','Hemant Choudhary','Rukmini Choudhary','Nirmala Choudhary',b'1',4,'Hemlata Chakraborty','PlaceO4','Litera4',4,'educat4',4,'occupa4',4,'income4',4,'commun4',4,'religi4',4,'prefer4','source4',4,4,4,4,'Lakshman, 70/M, fever and body ache since 3 days; referred to CHC.','family4',4,'Headof4','Others4','faceEm4','{\"relativeName\":\"Hemant Choudhary\",\"relativeMobile\":\"9241176049\",\"relation\":\"Father\"}',b'0','N','hemlata.c','2025-05-05 12:04:00',b'1','Reserv4','Reserv4',4,'hemlata.c','2025-05-05 12:04:00',4,4,'Vehica4',4,4,'Sexual4',b'1',5,'hemlata.c','2025-05-05 12:04:00','Reserv4','Monthl4'),(5,1000000455,5,'Title5','Chiranjeevi','Dhananjay','Upadhyay','Status5',5,'Male',5,'Marita5','2025-06-06 13:05:00',5,'1986-02-16 00:00:00','Girish Upadhyay','Jayshree Upadhyay','Rukmini Upadhyay',b'1',5,'Malati Hazarika','PlaceO5','Litera5',5,'educat5',5,'occupa5',5,'income5',5,'commun5',5,'religi5',5,'prefer5','source5',5,5,5,5,'Seen with Jayshree Upadhyay at home: pain in lower abdomen, Malaria RDT negative.','family5',5,'Headof5','Others5','faceEm5','{\"relativeName\":\"Girish Upadhyay\",\"relativeMobile\":\"9286090382\",\"relation\":\"Father\"}',b'0','N','malati.h','2025-06-06 13:05:00',b'1','Reserv5','Reserv5',5,'malati.h','2025-06-06 13:05:00',5,5,'Vehica5',5,5,'Sexual5',b'1',4,'malati.h','2025-06-06 13:05:00','Reserv5','Monthl5'),(6,1000000566,6,'Title6','Dhananjay','Bhupinder','Chakraborty','Status6',6,'Male',6,'Marita6','2025-07-07 14:06:00',1,'1969-07-12 00:00:00','Shailesh Chakraborty','Shalini Chakraborty','Kalpana Chakraborty',b'1',6,'Vaishali Prajapati','PlaceO6','Litera6',6,'educat6',6,'occupa6',6,'income6',6,'commun6',6,'religi6',6,'prefer6','source6',6,6,6,6,'Caller Dhananjay Chakraborty (mobile 6582524117) reports headache and giddiness; advised visit to PHC.','family6',6,'Headof6','Others6','faceEm6','{\"relativeName\":\"Shailesh Chakraborty\",\"relativeMobile\":\"8049966316\",\"relation\":\"Father\"}',b'0','N','vaishali.p','2025-07-07 14:06:00',b'1','Reserv6','Reserv6',6,'vaishali.p','2025-07-07 14:06:00',6,6,'Vehica6',6,6,'Sexual6',b'1',5,'vaishali.p','2025-07-07 14:06:00','Reserv6','Monthl6'),(7,1000000677,7,'Title7','Omkar','Shailesh','Kushwaha','Status7',7,'Male',7,'Marita7','2025-08-08 15:07:00',4,'1982-02-10 00:00:00','Vasant Kushwaha','Trupti Kushwaha','Jayshree Kushwaha',b'1',7,'Yashoda Tripathi','PlaceO7','Litera7',7,'educat7',7,'occupa7',7,'income7',7,'commun7',7,'religi7',7,'prefer7','source7',7,7,7,7,'Patient Omkar Kushwaha complains of fever and body ache since 3 days. Relative reachable on +91 6382135731. Aadhaar 656399114626 seen.','family7',7,'Headof7','Others7','faceEm7','{\"relativeName\":\"Vasant Kushwaha\",\"relativeMobile\":\"6382135731\",\"relation\":\"Father\"}',b'0','N','Yashoda.T','2025-08-08 15:07:00',b'1','Reserv7','Reserv7',7,'Yashoda.T','2025-08-08 15:07:00',7,7,'Vehica7',7,7,'Sexual7',b'1',4,'Yashoda.T','2025-08-08 15:07:00','Reserv7','Monthl7'),(8,1000000788,8,'Title8','Kusum','Kusum','Tripathi','Status8',8,'Female',8,'Marita8','2025-09-09 16:08:00',5,'1959-12-24 00:00:00','Jitendra Tripathi','Leela Tripathi','Shailesh Tripathi',b'1',8,'Charulata Gaikwad','PlaceO8','Litera8',8,'educat8',8,'occupa8',8,'income8',8,'commun8',8,'religi8',8,'prefer8','source8',8,8,8,8,'Follow-up call to Kusum on 8117604996: fever and body ache since 3 days, improving.','family8',8,'Headof8','Others8','faceEm8','{\"relativeName\":\"Jitendra Tripathi\",\"relativeMobile\":\"8316015484\",\"relation\":\"Father\"}',b'0','N','charulata.g','2025-09-09 16:08:00',b'1','Reserv8','Reserv8',8,'charulata.g','2025-09-09 16:08:00',8,8,'Vehica8',8,8,'Sexual8',b'1',4,'charulata.g','2025-09-09 16:08:00','Reserv8','Monthl8'),(9,1000000899,9,'Title9','Kusum','Rukmini','Trivedi','Status9',9,'Female',9,'Marita9','2025-10-10 17:09:00',3,'1954-06-26 00:00:00','Lakshman Trivedi','Vaishali Trivedi','Yogendra Trivedi',b'1',9,'Urmila Mandal','PlaceO9','Litera9',9,'educat9',9,'occupa9',9,'income9',9,'commun9',9,'religi9',9,'prefer9','source9',9,9,9,9,'KUSUM TRIVEDI C/O PAIN IN LOWER ABDOMEN. ASHA: Urmila Mandal visited.','family9',9,'Headof9','Others9','faceEm9','{\"relativeName\":\"Lakshman Trivedi\",\"relativeMobile\":\"7731558572\",\"relation\":\"Father\"}',b'0','N','urmila.m','2025-10-10 17:09:00',b'1','Reserv9','Reserv9',9,'urmila.m','2025-10-10 17:09:00',9,9,'Vehica9',9,9,'Sexual9',b'1',1,'urmila.m','2025-10-10 17:09:00','Reserv9','Monthl9'),(10,1000001010,10,'Title10','Aparna','Jayshree','Choudhary','Status10',10,'Female',10,'Marita10','2025-11-11 08:10:00',2,'1966-12-10 00:00:00','Girish Choudhary','Aparna Choudhary','Bhupinder Choudhary',b'1',10,'Vaishali Mandal','PlaceO10','Litera10',10,'educat10',10,'occupa10',10,'income10',10,'commun10',10,'religi10',10,'prefer10','source10',10,10,10,10,'Aparna, 60/F, pain in lower abdomen; referred to CHC.','family10',10,'Headof10','Others10','faceEm10','{\"relativeName\":\"Girish Choudhary\",\"relativeMobile\":\"9484697959\",\"relation\":\"Father\"}',b'0','N','vaishali.m','2025-11-11 08:10:00',b'1','Reserv10','Reserv10',10,'vaishali.m','2025-11-11 08:10:00',10,10,'Vehica10',10,10,'Sexual10',b'1',5,'vaishali.m','2025-11-11 08:10:00','Reserv10','Monthl10'),(11,1000001121,11,'Title11','Chiranjeevi','Bhupinder','Bora','Status11',11,'Male',11,'Marita11','2025-12-12 09:11:00',5,'1950-09-15 00:00:00','Parag Bora','Yashoda Bora','Ekta Bora',b'1',11,'Charulata Bhattacharya','PlaceO11','Litera11',11,'educat11',11,'occupa11',11,'income11',11,'commun11',11,'religi11',11,'prefer11','source11',11,11,11,11,'Seen with Yashoda Bora at home: loose motions since yesterday, Malaria RDT negative.','family11',11,'Headof11','Others11','faceEm11','{\"relativeName\":\"Parag Bora\",\"relativeMobile\":\"8572339794\",\"relation\":\"Father\"}',b'0','N','charulata.b','2025-12-12 09:11:00',b'1','Reserv11','Reserv11',11,'charulata.b','2025-12-12 09:11:00',11,11,'Vehica11',11,11,'Sexual11',b'1',2,'charulata.b','2025-12-12 09:11:00','Reserv11','Monthl11'),(12,1000001232,12,'Title12','Charulata','Rukmini','Upadhyay','Status12',12,'Female',12,'Marita12','2025-01-13 10:12:00',4,'1983-05-25 00:00:00','Jitendra Upadhyay','Rukmini Upadhyay','Dhananjay Upadhyay',b'1',12,'Kusum Trivedi','PlaceO12','Litera12',12,'educat12',12,'occupa12',12,'income12',12,'commun12',12,'religi12',12,'prefer12','source12',12,12,12,12,'Caller Charulata Upadhyay (mobile 9601548469) reports headache and giddiness; advised visit to PHC.','family12',12,'Headof12','Others12','faceEm12','{\"relativeName\":\"Jitendra Upadhyay\",\"relativeMobile\":\"9959175016\",\"relation\":\"Father\"}',b'0','N','kusum.t','2025-01-13 10:12:00',b'1','Reserv12','Reserv12',12,'kusum.t','2025-01-13 10:12:00',12,12,'Vehica12',12,12,'Sexual12',b'1',1,'kusum.t','2025-01-13 10:12:00','Reserv12','Monthl12'),(13,1000001343,13,'Title13','Bhagyashree','Malati','Nayak','Status13',13,'Female',13,'Marita13','2025-02-14 11:13:00',1,'1993-02-13 00:00:00','Hemant Nayak','Damayanti Nayak','Madhav Nayak',b'1',13,'Shalini Behera','PlaceO13','Litera13',13,'educat13',13,'occupa13',13,'income13',13,'commun13',13,'religi13',13,'prefer13','source13',13,13,13,13,'Patient Bhagyashree Nayak complains of cough with sputum for two weeks. Relative reachable on +91 7794913840. Aadhaar 629581288983 seen.','family13',13,'Headof13','Others13','faceEm13','{\"relativeName\":\"Hemant Nayak\",\"relativeMobile\":\"7794913840\",\"relation\":\"Father\"}',b'0','N','shalini.b','2025-02-14 11:13:00',b'1','Reserv13','Reserv13',13,'shalini.b','2025-02-14 11:13:00',13,13,'Vehica13',13,13,'Sexual13',b'1',2,'shalini.b','2025-02-14 11:13:00','Reserv13','Monthl13'),(14,1000001454,14,'Title14','Kusum','Urmila','Chakraborty','Status14',14,'Female',14,'Marita14','2025-03-15 12:14:00',2,'1958-05-07 00:00:00','Parag Chakraborty','Padmini Chakraborty','Girish Chakraborty',b'1',14,'Trupti Behera','PlaceO14','Litera14',14,'educat14',14,'occupa14',14,'income14',14,'commun14',14,'religi14',14,'prefer14','source14',14,14,14,14,'Follow-up call to Kusum on 6469795917: headache and giddiness, improving.','family14',14,'Headof14','Others14','faceEm14','{\"relativeName\":\"Parag Chakraborty\",\"relativeMobile\":\"7016537333\",\"relation\":\"Father\"}',b'0','N','trupti.b','2025-03-15 12:14:00',b'1','Reserv14','Reserv14',14,'trupti.b','2025-03-15 12:14:00',14,14,'Vehica14',14,14,'Sexual14',b'1',4,'trupti.b','2025-03-15 12:14:00','Reserv14','Monthl14'),(15,1000001565,15,'Title15','Yashoda','Ekta','Pradhan','Status15',15,'Female',15,'Marita15','2025-04-16 13:15:00',1,'1989-12-27 00:00:00','Madhav Pradhan','Rukmini Pradhan','Parag Pradhan',b'1',15,'Rukmini Deshpande','PlaceO15','Litera15',15,'educat15',15,'occupa15',15,'income15',15,'commun15',15,'religi15',15,'prefer15','source15',15,15,15,15,'YASHODA PRADHAN C/O PAIN IN LOWER ABDOMEN. ASHA: Rukmini Deshpande visited.','family15',15,'Headof15','Others15','faceEm15','{\"relativeName\":\"Madhav Pradhan\",\"relativeMobile\":\"7840206308\",\"relation\":\"Father\"}',b'0','N','rukmini.d','2025-04-16 13:15:00',b'1','Reserv15','Reserv15',15,'rukmini.d','2025-04-16 13:15:00',15,15,'Vehica15',15,15,'Sexual15',b'1',5,'rukmini.d','2025-04-16 13:15:00','Reserv15','Monthl15'),(16,1000001676,16,'Title16','Hemant','Hemant','Choudhary','Status16',16,'Male',16,'Marita16','2025-05-17 14:16:00',3,'2006-12-09 00:00:00','Lakshman Choudhary','Aparna Choudhary','Kalpana Choudhary',b'1',16,'Bhagyashree Choudhary','PlaceO16','Litera16',16,'educat16',16,'occupa16',16,'income16',16,'commun16',16,'religi16',16,'prefer16','source16',16,16,16,16,'Hemant, 20/M, headache and giddiness; referred to CHC.','family16',16,'Headof16','Others16','faceEm16','{\"relativeName\":\"Lakshman Choudhary\",\"relativeMobile\":\"9333863258\",\"relation\":\"Father\"}',b'0','N','bhagyashree.c','2025-05-17 14:16:00',b'1','Reserv16','Reserv16',16,'bhagyashree.c','2025-05-17 14:16:00',16,16,'Vehica16',16,16,'Sexual16',b'1',4,'bhagyashree.c','2025-05-17 14:16:00','Reserv16','Monthl16'),(17,1000001787,17,'Title17','Yashoda','Hemlata','Mohanty','Status17',17,'Female',17,'Marita17','2025-06-18 15:17:00',5,'1971-01-24 00:00:00','Parag Mohanty','Kusum Mohanty','Yogendra Mohanty',b'1',17,'Jayshree Mandal','PlaceO17','Litera17',17,'educat17',17,'occupa17',17,'income17',17,'commun17',17,'religi17',17,'prefer17','source17',17,17,17,17,'Seen with Kusum Mohanty at home: fever and body ache since 3 days, Malaria RDT negative.','family17',17,'Headof17','Others17','faceEm17','{\"relativeName\":\"Parag Mohanty\",\"relativeMobile\":\"8308540339\",\"relation\":\"Father\"}',b'0','N','jayshree.m','2025-06-18 15:17:00',b'1','Reserv17','Reserv17',17,'jayshree.m','2025-06-18 15:17:00',17,17,'Vehica17',17,17,'Sexual17',b'1',4,'jayshree.m','2025-06-18 15:17:00','Reserv17','Monthl17'),(18,1000001898,18,'Title18','Chiranjeevi','Kamlesh','Hazarika','Status18',18,'Male',18,'Marita18','2025-07-19 16:18:00',3,'1973-08-13 00:00:00','Yogendra Hazarika','Kalpana Hazarika','Gayatri Hazarika',b'1',18,'Charulata Choudhary','PlaceO18','Litera18',18,'educat18',18,'occupa18',18,'income18',18,'commun18',18,'religi18',18,'prefer18','source18',18,18,18,18,'Caller Chiranjeevi Hazarika (mobile 7653733386) reports loose motions since yesterday; advised visit to PHC.','family18',18,'Headof18','Others18','faceEm18','{\"relativeName\":\"Yogendra Hazarika\",\"relativeMobile\":\"7258469086\",\"relation\":\"Father\"}',b'0','N','charulata.c','2025-07-19 16:18:00',b'1','Reserv18','Reserv18',18,'charulata.c','2025-07-19 16:18:00',18,18,'Vehica18',18,18,'Sexual18',b'1',1,'charulata.c','2025-07-19 16:18:00','Reserv18','Monthl18'),(19,1000002009,19,'Title19','Kusum','Nirmala','Bhattacharya','Status19',19,'Female',19,'Marita19','2025-08-20 17:19:00',5,'1978-08-11 00:00:00','Madhav Bhattacharya','Charulata Bhattacharya','Madhav Bhattacharya',b'1',19,'Leela Bora','PlaceO19','Litera19',19,'educat19',19,'occupa19',19,'income19',19,'commun19',19,'religi19',19,'prefer19','source19',19,19,19,19,'Patient Kusum Bhattacharya complains of headache and giddiness. Relative reachable on +91 8339563996. Aadhaar 686090382139 seen.','family19',19,'Headof19','Others19','faceEm19','{\"relativeName\":\"Madhav Bhattacharya\",\"relativeMobile\":\"8339563996\",\"relation\":\"Father\"}',b'0','N','leela.b','2025-08-20 17:19:00',b'1','Reserv19','Reserv19',19,'leela.b','2025-08-20 17:19:00',19,19,'Vehica19',19,19,'Sexual19',b'1',4,'leela.b','2025-08-20 17:19:00','Reserv19','Monthl19'),(20,1000002120,20,'Title20','Jayshree','Kalpana','Kushwaha','Status20',20,'Female',20,'Marita20','2025-09-21 08:20:00',5,'1992-10-03 00:00:00','Tushar Kushwaha','Trupti Kushwaha','Hemant Kushwaha',b'1',20,'Shalini Trivedi','PlaceO20','Litera20',20,'educat20',20,'occupa20',20,'income20',20,'commun20',20,'religi20',20,'prefer20','source20',20,20,20,20,'Follow-up call to Jayshree on 9386325846: pain in lower abdomen, improving.','family20',20,'Headof20','Others20','faceEm20','{\"relativeName\":\"Tushar Kushwaha\",\"relativeMobile\":\"7086189853\",\"relation\":\"Father\"}',b'0','N','shalini.t','2025-09-21 08:20:00',b'1','Reserv20','Reserv20',20,'shalini.t','2025-09-21 08:20:00',20,20,'Vehica20',20,20,'Sexual20',b'1',1,'shalini.t','2025-09-21 08:20:00','Reserv20','Monthl20'),(21,1000002231,21,'Title21','Yogendra','Madhav','Deshpande','Status21',21,'Male',21,'Marita21','2025-10-22 09:21:00',5,'1995-03-23 00:00:00','Shailesh Deshpande','Urmila Deshpande','Yashoda Deshpande',b'1',21,'Vaishali Saikia','PlaceO21','Litera21',21,'educat21',21,'occupa21',21,'income21',21,'commun21',21,'religi21',21,'prefer21','source21',21,21,21,21,'YOGENDRA DESHPANDE C/O FEVER AND BODY ACHE SINCE 3 DAYS. ASHA: Vaishali Saikia visited.','family21',21,'Headof21','Others21','faceEm21','{\"relativeName\":\"Shailesh Deshpande\",\"relativeMobile\":\"7996010208\",\"relation\":\"Father\"}',b'0','N','vaishali.s','2025-10-22 09:21:00',b'1','Reserv21','Reserv21',21,'vaishali.s','2025-10-22 09:21:00',21,21,'Vehica21',21,21,'Sexual21',b'1',2,'vaishali.s','2025-10-22 09:21:00','Reserv21','Monthl21'),(22,1000002342,22,'Title22','Hemlata','Yashoda','Kushwaha','Status22',22,'Female',22,'Marita22','2025-11-23 10:22:00',1,'1985-10-03 00:00:00','Dhananjay Kushwaha','Charulata Kushwaha','Raghunath Kushwaha',b'1',22,'Charulata Srivastava','PlaceO22','Litera22',22,'educat22',22,'occupa22',22,'income22',22,'commun22',22,'religi22',22,'prefer22','source22',22,22,22,22,'Hemlata, 41/F, loose motions since yesterday; referred to CHC.','family22',22,'Headof22','Others22','faceEm22','{\"relativeName\":\"Dhananjay Kushwaha\",\"relativeMobile\":\"9853986562\",\"relation\":\"Father\"}',b'0','N','charulata.s','2025-11-23 10:22:00',b'1','Reserv22','Reserv22',22,'charulata.s','2025-11-23 10:22:00',22,22,'Vehica22',22,22,'Sexual22',b'1',4,'charulata.s','2025-11-23 10:22:00','Reserv22','Monthl22'),(23,1000002453,23,'Title23','Damayanti','Malati','Mandal','Status23',23,'Female',23,'Marita23','2025-12-24 11:23:00',3,'1981-10-21 00:00:00','Yogendra Mandal','Padmini Mandal','Kamlesh Mandal',b'1',23,'Ekta Kalita','PlaceO23','Litera23',23,'educat23',23,'occupa23',23,'income23',23,'commun23',23,'religi23',23,'prefer23','source23',23,23,23,23,'Seen with Padmini Mandal at home: loose motions since yesterday, Malaria RDT negative.','family23',23,'Headof23','Others23','faceEm23','{\"relativeName\":\"Yogendra Mandal\",\"relativeMobile\":\"8208905685\",\"relation\":\"Father\"}',b'0','N','admin','2025-12-24 11:23:00',b'1','Reserv23','Reserv23',23,'admin','2025-12-24 11:23:00',23,23,'Vehica23',23,23,'Sexual23',b'1',2,'admin','2025-12-24 11:23:00','Reserv23','Monthl23'),(24,1000002564,24,'Title24','Bhupinder','Chiranjeevi','Hazarika','Status24',24,'Male',24,'Marita24','2025-01-25 12:24:00',2,'2009-09-26 00:00:00','Umesh Hazarika','Kalpana Hazarika','Padmini Hazarika',b'1',24,'Vaishali Trivedi','PlaceO24','Litera24',24,'educat24',24,'occupa24',24,'income24',24,'commun24',24,'religi24',24,'prefer24','source24',24,24,24,24,'Caller Bhupinder Hazarika (mobile 6618985398) reports loose motions since yesterday; advised visit to PHC.','family24',24,'Headof24','Others24','faceEm24','{\"relativeName\":\"Umesh Hazarika\",\"relativeMobile\":\"6562783245\",\"relation\":\"Father\"}',b'0','N','vaishali.t','2025-01-25 12:24:00',b'1','Reserv24','Reserv24',24,'vaishali.t','2025-01-25 12:24:00',24,24,'Vehica24',24,24,'Sexual24',b'1',1,'vaishali.t','2025-01-25 12:24:00','Reserv24','Monthl24'),(25,1000002675,25,'Title25','Trupti','Padmini','Prajapati','Status25',25,'Female',25,'Marita25','2025-02-26 13:25:00',4,'1999-05-21 00:00:00','Girish Prajapati','Urmila Prajapati','Girish Prajapati',b'1',25,'Trupti Behera','PlaceO25','Litera25',25,'educat25',25,'occupa25',25,'income25',25,'commun25',25,'religi25',25,'prefer25','source25',25,25,25,25,'Patient Trupti Prajapati complains of fever and body ache since 3 days. Relative reachable on +91 9685809281. Aadhaar 572339794918 seen.','family25',25,'Headof25','Others25','faceEm25','{\"relativeName\":\"Girish Prajapati\",\"relativeMobile\":\"9685809281\",\"relation\":\"Father\"}',b'0','N','trupti.b','2025-02-26 13:25:00',b'1','Reserv25','Reserv25',25,'trupti.b','2025-02-26 13:25:00',25,25,'Vehica25',25,25,'Sexual25',b'1',2,'trupti.b','2025-02-26 13:25:00','Reserv25','Monthl25'),(26,1000002786,26,'Title26','Yogendra','Umesh','Choudhary','Status26',26,'Male',26,'Marita26','2025-03-27 14:26:00',5,'1972-12-22 00:00:00','Girish Choudhary','Shalini Choudhary','Padmini Choudhary',b'1',26,'Kalpana Prajapati','PlaceO26','Litera26',26,'educat26',26,'occupa26',26,'income26',26,'commun26',26,'religi26',26,'prefer26','source26',26,26,26,26,'Follow-up call to Yogendra on 7398656278: pain in lower abdomen, improving.','family26',26,'Headof26','Others26','faceEm26','{\"relativeName\":\"Girish Choudhary\",\"relativeMobile\":\"9245727829\",\"relation\":\"Father\"}',b'0','N','kalpana.p','2025-03-27 14:26:00',b'1','Reserv26','Reserv26',26,'kalpana.p','2025-03-27 14:26:00',26,26,'Vehica26',26,26,'Sexual26',b'1',1,'kalpana.p','2025-03-27 14:26:00','Reserv26','Monthl26'),(27,1000002897,27,'Title27','Rukmini','Padmini','Trivedi','Status27',27,'Female',27,'Marita27','2025-04-28 15:27:00',3,'1993-01-23 00:00:00','Umesh Trivedi','Yashoda Trivedi','Chiranjeevi Trivedi',b'1',27,'Rukmini Chakraborty','PlaceO27','Litera27',27,'educat27',27,'occupa27',27,'income27',27,'commun27',27,'religi27',27,'prefer27','source27',27,27,27,27,'RUKMINI TRIVEDI C/O SWELLING IN BOTH LEGS. ASHA: Rukmini Chakraborty visited.','family27',27,'Headof27','Others27','faceEm27','{\"relativeName\":\"Umesh Trivedi\",\"relativeMobile\":\"9281125654\",\"relation\":\"Father\"}',b'0','N','rukmini.c','2025-04-28 15:27:00',b'1','Reserv27','Reserv27',27,'rukmini.c','2025-04-28 15:27:00',27,27,'Vehica27',27,27,'Sexual27',b'1',5,'rukmini.c','2025-04-28 15:27:00','Reserv27','Monthl27'),(28,1000003008,28,'Title28','Jayshree','Leela','Mandal','Status28',28,'Female',28,'Marita28','2025-05-01 16:28:00',3,'1962-06-15 00:00:00','Jitendra Mandal','Damayanti Mandal','Vasant Mandal',b'1',28,'Aparna Behera','PlaceO28','Litera28',28,'educat28',28,'occupa28',28,'income28',28,'commun28',28,'religi28',28,'prefer28','source28',28,28,28,28,'Jayshree, 64/F, swelling in both legs; referred to CHC.','family28',28,'Headof28','Others28','faceEm28','{\"relativeName\":\"Jitendra Mandal\",\"relativeMobile\":\"7829275422\",\"relation\":\"Father\"}',b'0','N','aparna.b','2025-05-01 16:28:00',b'1','Reserv28','Reserv28',28,'aparna.b','2025-05-01 16:28:00',28,28,'Vehica28',28,28,'Sexual28',b'1',4,'aparna.b','2025-05-01 16:28:00','Reserv28','Monthl28'),(29,1000003119,29,'Title29','Bhagyashree','Shalini','Bora','Status29',29,'Female',29,'Marita29','2025-06-02 17:29:00',4,'1957-06-09 00:00:00','Raghunath Bora','Nirmala Bora','Jitendra Bora',b'1',29,'Malati Mohanty','PlaceO29','Litera29',29,'educat29',29,'occupa29',29,'income29',29,'commun29',29,'religi29',29,'prefer29','source29',29,29,29,29,'Seen with Nirmala Bora at home: pain in lower abdomen, Malaria RDT negative.','family29',29,'Headof29','Others29','faceEm29','{\"relativeName\":\"Raghunath Bora\",\"relativeMobile\":\"7654227823\",\"relation\":\"Father\"}',b'0','N','malati.m','2025-06-02 17:29:00',b'1','Reserv29','Reserv29',29,'malati.m','2025-06-02 17:29:00',29,29,'Vehica29',29,29,'Sexual29',b'1',4,'malati.m','2025-06-02 17:29:00','Reserv29','Monthl29'),(30,1000003230,30,'Title30','Rukmini','Shalini','Choudhary','Status30',30,'Female',30,'Marita30','2025-07-03 08:30:00',3,'1963-04-15 00:00:00','Lakshman Choudhary','Trupti Choudhary','Narendra Choudhary',b'1',30,'Yashoda Saikia','PlaceO30','Litera30',30,'educat30',30,'occupa30',30,'income30',30,'commun30',30,'religi30',30,'prefer30','source30',30,30,30,30,'Caller Rukmini Choudhary (mobile 8572782927) reports loose motions since yesterday; advised visit to PHC.','family30',30,'Headof30','Others30','faceEm30','{\"relativeName\":\"Lakshman Choudhary\",\"relativeMobile\":\"7422997382\",\"relation\":\"Father\"}',b'0','N','Yashoda.S','2025-07-03 08:30:00',b'1','Reserv30','Reserv30',30,'Yashoda.S','2025-07-03 08:30:00',30,30,'Vehica30',30,30,'Sexual30',b'1',1,'Yashoda.S','2025-07-03 08:30:00','Reserv30','Monthl30'),(31,1000003341,31,'Title31','Madhav','Abhay','Kushwaha','Status31',31,'Male',31,'Marita31','2025-08-04 09:31:00',5,'1950-08-14 00:00:00','Lakshman Kushwaha','Jayshree Kushwaha','Urmila Kushwaha',b'1',31,'Aparna Pradhan','PlaceO31','Litera31',31,'educat31',31,'occupa31',31,'income31',31,'commun31',31,'religi31',31,'prefer31','source31',31,31,31,31,'Patient Madhav Kushwaha complains of headache and giddiness. Relative reachable on +91 7823444177. Aadhaar 508540339565 seen.','family31',31,'Headof31','Others31','faceEm31','{\"relativeName\":\"Lakshman Kushwaha\",\"relativeMobile\":\"7823444177\",\"relation\":\"Father\"}',b'0','N','aparna.p','2025-08-04 09:31:00',b'1','Reserv31','Reserv31',31,'aparna.p','2025-08-04 09:31:00',31,31,'Vehica31',31,31,'Sexual31',b'1',3,'aparna.p','2025-08-04 09:31:00','Reserv31','Monthl31'),(32,1000003452,32,'Title32','Tushar','Vasant','Bora','Status32',32,'Male',32,'Marita32','2025-09-05 10:32:00',1,'1987-06-11 00:00:00','Bhupinder Bora','Vaishali Bora','Bhagyashree Bora',b'1',32,'Hemlata Nayak','PlaceO32','Litera32',32,'educat32',32,'occupa32',32,'income32',32,'commun32',32,'religi32',32,'prefer32','source32',32,32,32,32,'Follow-up call to Tushar on 6927542299: pain in lower abdomen, improving.','family32',32,'Headof32','Others32','faceEm32','{\"relativeName\":\"Bhupinder Bora\",\"relativeMobile\":\"9382149513\",\"relation\":\"Father\"}',b'0','N','hemlata.n','2025-09-05 10:32:00',b'1','Reserv32','Reserv32',32,'hemlata.n','2025-09-05 10:32:00',32,32,'Vehica32',32,32,'Sexual32',b'1',3,'hemlata.n','2025-09-05 10:32:00','Reserv32','Monthl32'),(33,1000003563,33,'Title33','Ekta','Gayatri','Tripathi','Status33',33,'Female',33,'Marita33','2025-10-06 11:33:00',4,'1957-06-14 00:00:00','Raghunath Tripathi','Urmila Tripathi','Eshwar Tripathi',b'1',33,'Hemlata Upadhyay','PlaceO33','Litera33',33,'educat33',33,'occupa33',33,'income33',33,'commun33',33,'religi33',33,'prefer33','source33',33,33,33,33,'EKTA TRIPATHI C/O SWELLING IN BOTH LEGS. ASHA: Hemlata Upadhyay visited.','family33',33,'Headof33','Others33','faceEm33','{\"relativeName\":\"Raghunath Tripathi\",\"relativeMobile\":\"8177309760\",\"relation\":\"Father\"}',b'0','N','hemlata.u','2025-10-06 11:33:00',b'1','Reserv33','Reserv33',33,'hemlata.u','2025-10-06 11:33:00',33,33,'Vehica33',33,33,'Sexual33',b'1',3,'hemlata.u','2025-10-06 11:33:00','Reserv33','Monthl33'),(34,1000003674,34,'Title34','Hemant','Chiranjeevi','Trivedi','Status34',34,'Male',34,'Marita34','2025-11-07 12:34:00',3,'1973-10-23 00:00:00','Jitendra Trivedi','Jayshree Trivedi','Malati Trivedi',b'1',34,'Bhagyashree Tripathi','PlaceO34','Litera34',34,'educat34',34,'occupa34',34,'income34',34,'commun34',34,'religi34',34,'prefer34','source34',34,34,34,34,'Hemant, 53/M, pain in lower abdomen; referred to CHC.','family34',34,'Headof34','Others34','faceEm34','{\"relativeName\":\"Jitendra Trivedi\",\"relativeMobile\":\"7513181717\",\"relation\":\"Father\"}',b'0','N','bhagyashree.t','2025-11-07 12:34:00',b'1','Reserv34','Reserv34',34,'bhagyashree.t','2025-11-07 12:34:00',34,34,'Vehica34',34,34,'Sexual34',b'1',3,'bhagyashree.t','2025-11-07 12:34:00','Reserv34','Monthl34'),(35,1000003785,35,'Title35','Hemlata','Rukmini','Bora','Status35',35,'Female',35,'Marita35','2025-12-08 13:35:00',3,'1952-04-16 00:00:00','Omkar Bora','Urmila Bora','Eshwar Bora',b'1',35,'Ekta Gaikwad','PlaceO35','Litera35',35,'educat35',35,'occupa35',35,'income35',35,'commun35',35,'religi35',35,'prefer35','source35',35,35,35,35,'Seen with Urmila Bora at home: pain in lower abdomen, Malaria RDT negative.','family35',35,'Headof35','Others35','faceEm35','{\"relativeName\":\"Omkar Bora\",\"relativeMobile\":\"7760754642\",\"relation\":\"Father\"}',b'0','N','ekta.g','2025-12-08 13:35:00',b'1','Reserv35','Reserv35',35,'ekta.g','2025-12-08 13:35:00',35,35,'Vehica35',35,35,'Sexual35',b'1',1,'ekta.g','2025-12-08 13:35:00','Reserv35','Monthl35'),(36,1000003896,36,'Title36','Kalpana','Shalini','Saikia','Status36',36,'Female',36,'Marita36','2025-01-09 14:36:00',2,'1994-07-16 00:00:00','Eshwar Saikia','Nirmala Saikia','Raghunath Saikia',b'1',36,'Jayshree Mohanty','PlaceO36','Litera36',36,'educat36',36,'occupa36',36,'income36',36,'commun36',36,'religi36',36,'prefer36','source36',36,36,36,36,'Caller Kalpana Saikia (mobile 8214951318) reports swelling in both legs; advised visit to PHC.','family36',36,'Headof36','Others36','faceEm36','{\"relativeName\":\"Eshwar Saikia\",\"relativeMobile\":\"7717127703\",\"relation\":\"Father\"}',b'0','N','jayshree.m','2025-01-09 14:36:00',b'1','Reserv36','Reserv36',36,'jayshree.m','2025-01-09 14:36:00',36,36,'Vehica36',36,36,'Sexual36',b'1',5,'jayshree.m','2025-01-09 14:36:00','Reserv36','Monthl36'),(37,1000004007,37,'Title37','Narendra','Narendra','Tripathi','Status37',37,'Male',37,'Marita37','2025-02-10 15:37:00',1,'1984-06-22 00:00:00','Hemant Tripathi','Jayshree Tripathi','Vaishali Tripathi',b'1',37,'Damayanti Bora','PlaceO37','Litera37',37,'educat37',37,'occupa37',37,'income37',37,'commun37',37,'religi37',37,'prefer37','source37',37,37,37,37,'Patient Narendra Tripathi complains of headache and giddiness. Relative reachable on +91 8642932642. Aadhaar 808905685808 seen.','family37',37,'Headof37','Others37','faceEm37','{\"relativeName\":\"Hemant Tripathi\",\"relativeMobile\":\"8642932642\",\"relation\":\"Father\"}',b'0','N','damayanti.b','2025-02-10 15:37:00',b'1','Reserv37','Reserv37',37,'damayanti.b','2025-02-10 15:37:00',37,37,'Vehica37',37,37,'Sexual37',b'1',1,'damayanti.b','2025-02-10 15:37:00','Reserv37','Monthl37'),(38,1000004118,38,'Title38','Kalpana','Jayshree','Upadhyay','Status38',38,'Female',38,'Marita38','2025-03-11 16:38:00',2,'1996-09-01 00:00:00','Chiranjeevi Upadhyay','Ekta Upadhyay','Madhav Upadhyay',b'1',38,'Padmini Pradhan','PlaceO38','Litera38',38,'educat38',38,'occupa38',38,'income38',38,'commun38',38,'religi38',38,'prefer38','source38',38,38,38,38,'Follow-up call to Kalpana on 9318171712: pain in lower abdomen, improving.','family38',38,'Headof38','Others38','faceEm38','{\"relativeName\":\"Chiranjeevi Upadhyay\",\"relativeMobile\":\"9703744149\",\"relation\":\"Father\"}',b'0','N','padmini.p','2025-03-11 16:38:00',b'1','Reserv38','Reserv38',38,'padmini.p','2025-03-11 16:38:00',38,38,'Vehica38',38,38,'Sexual38',b'1',2,'padmini.p','2025-03-11 16:38:00','Reserv38','Monthl38'),(39,1000004229,39,'Title39','Malati','Rukmini','Hazarika','Status39',39,'Female',39,'Marita39','2025-04-12 17:39:00',2,'1968-07-24 00:00:00','Umesh Hazarika','Ekta Hazarika','Raghunath Hazarika',b'1',39,'Leela Bora','PlaceO39','Litera39',39,'educat39',39,'occupa39',39,'income39',39,'commun39',39,'religi39',39,'prefer39','source39',39,39,39,39,'MALATI HAZARIKA C/O FEVER AND BODY ACHE SINCE 3 DAYS. ASHA: Leela Bora visited.','family39',39,'Headof39','Others39','faceEm39','{\"relativeName\":\"Umesh Hazarika\",\"relativeMobile\":\"6642516779\",\"relation\":\"Father\"}',b'0','N','leela.b','2025-04-12 17:39:00',b'1','Reserv39','Reserv39',39,'leela.b','2025-04-12 17:39:00',39,39,'Vehica39',39,39,'Sexual39',b'1',1,'leela.b','2025-04-12 17:39:00','Reserv39','Monthl39'),(40,1000004340,40,'Title40','Yashoda','Kalpana','Bhattacharya','Status40',40,'Female',40,'Marita40','2025-05-13 08:40:00',1,'1953-03-23 00:00:00','Umesh Bhattacharya','Leela Bhattacharya','Tushar Bhattacharya',b'1',40,'Malati Kalita','PlaceO40','Litera40',40,'educat40',40,'occupa40',40,'income40',40,'commun40',40,'religi40',40,'prefer40','source40',40,40,40,40,'Yashoda, 73/F, pain in lower abdomen; referred to CHC.','family40',40,'Headof40','Others40','faceEm40','{\"relativeName\":\"Umesh Bhattacharya\",\"relativeMobile\":\"6149272401\",\"relation\":\"Father\"}',b'0','N','malati.k','2025-05-13 08:40:00',b'1','Reserv40','Reserv40',40,'malati.k','2025-05-13 08:40:00',40,40,'Vehica40',40,40,'Sexual40',b'1',2,'malati.k','2025-05-13 08:40:00','Reserv40','Monthl40'),(41,1000004451,41,'Title41','Madhav','Shailesh','Saikia','Status41',41,'Male',41,'Marita41','2025-06-14 09:41:00',4,'1997-12-02 00:00:00','Narendra Saikia','Kusum Saikia','Shalini Saikia',b'1',41,'Damayanti Trivedi','PlaceO41','Litera41',41,'educat41',41,'occupa41',41,'income41',41,'commun41',41,'religi41',41,'prefer41','source41',41,41,41,41,'Seen with Kusum Saikia at home: cough with sputum for two weeks, Malaria RDT negative.','family41',41,'Headof41','Others41','faceEm41','{\"relativeName\":\"Narendra Saikia\",\"relativeMobile\":\"8779137443\",\"relation\":\"Father\"}',b'0','N','damayanti.t','2025-06-14 09:41:00',b'1','Reserv41','Reserv41',41,'damayanti.t','2025-06-14 09:41:00',41,41,'Vehica41',41,41,'Sexual41',b'1',4,'damayanti.t','2025-06-14 09:41:00','Reserv41','Monthl41'),(42,1000004562,42,'Title42','Charulata','Shalini','Gaikwad','Status42',42,'Female',42,'Marita42','2025-07-15 10:42:00',5,'1980-03-03 00:00:00','Kamlesh Gaikwad','Yashoda Gaikwad','Jitendra Gaikwad',b'1',42,'Charulata Kushwaha','PlaceO42','Litera42',42,'educat42',42,'occupa42',42,'income42',42,'commun42',42,'religi42',42,'prefer42','source42',42,42,42,42,'Caller Charulata Gaikwad (mobile 8374414927) reports headache and giddiness; advised visit to PHC.','family42',42,'Headof42','Others42','faceEm42','{\"relativeName\":\"Kamlesh Gaikwad\",\"relativeMobile\":\"8401287968\",\"relation\":\"Father\"}',b'0','N','charulata.k','2025-07-15 10:42:00',b'1','Reserv42','Reserv42',42,'charulata.k','2025-07-15 10:42:00',42,42,'Vehica42',42,42,'Sexual42',b'1',4,'charulata.k','2025-07-15 10:42:00','Reserv42','Monthl42'),(43,1000004673,43,'Title43','Padmini','Bhagyashree','Mandal','Status43',43,'Female',43,'Marita43','2025-08-16 11:43:00',3,'1985-06-16 00:00:00','Parag Mandal','Charulata Mandal','Umesh Mandal',b'1',43,'Nirmala Chakraborty','PlaceO43','Litera43',43,'educat43',43,'occupa43',43,'income43',43,'commun43',43,'religi43',43,'prefer43','source43',43,43,43,43,'Patient Padmini Mandal complains of pain in lower abdomen. Relative reachable on +91 7443251942. Aadhaar 254227823442 seen.','family43',43,'Headof43','Others43','faceEm43','{\"relativeName\":\"Parag Mandal\",\"relativeMobile\":\"7443251942\",\"relation\":\"Father\"}',b'0','N','nirmala.c','2025-08-16 11:43:00',b'1','Reserv43','Reserv43',43,'nirmala.c','2025-08-16 11:43:00',43,43,'Vehica43',43,43,'Sexual43',b'1',2,'nirmala.c','2025-08-16 11:43:00','Reserv43','Monthl43'),(44,1000004784,44,'Title44','Umesh','Madhav','Mandal','Status44',44,'Male',44,'Marita44','2025-09-17 12:44:00',1,'1976-12-23 00:00:00','Yogendra Mandal','Malati Mandal','Aparna Mandal',b'1',44,'Kusum Trivedi','PlaceO44','Litera44',44,'educat44',44,'occupa44',44,'income44',44,'commun44',44,'religi44',44,'prefer44','source44',44,44,44,44,'Follow-up call to Umesh on 8927240128: loose motions since yesterday, improving.','family44',44,'Headof44','Others44','faceEm44','{\"relativeName\":\"Yogendra Mandal\",\"relativeMobile\":\"7968048870\",\"relation\":\"Father\"}',b'0','N','kusum.t','2025-09-17 12:44:00',b'1','Reserv44','Reserv44',44,'kusum.t','2025-09-17 12:44:00',44,44,'Vehica44',44,44,'Sexual44',b'1',1,'kusum.t','2025-09-17 12:44:00','Reserv44','Monthl44'),(45,1000004895,45,'Title45','Omkar','Jitendra','Gaikwad','Status45',45,'Male',45,'Marita45','2025-10-18 13:45:00',3,'1967-11-27 00:00:00','Bhupinder Gaikwad','Aparna Gaikwad','Malati Gaikwad',b'1',45,'Shalini Deshpande','PlaceO45','Litera45',45,'educat45',45,'occupa45',45,'income45',45,'commun45',45,'religi45',45,'prefer45','source45',45,45,45,45,'OMKAR GAIKWAD C/O FEVER AND BODY ACHE SINCE 3 DAYS. ASHA: Shalini Deshpande visited.','family45',45,'Headof45','Others45','faceEm45','{\"relativeName\":\"Bhupinder Gaikwad\",\"relativeMobile\":\"9942713270\",\"relation\":\"Father\"}',b'0','N','shalini.d','2025-10-18 13:45:00',b'1','Reserv45','Reserv45',45,'shalini.d','2025-10-18 13:45:00',45,45,'Vehica45',45,45,'Sexual45',b'1',3,'shalini.d','2025-10-18 13:45:00','Reserv45','Monthl45'),(46,1000005006,46,'Title46','Leela','Yashoda','Choudhary','Status46',46,'Female',46,'Marita46','2025-11-19 14:46:00',3,'1966-07-15 00:00:00','Yogendra Choudhary','Yashoda Choudhary','Vasant Choudhary',b'1',46,'Yashoda Mohanty','PlaceO46','Litera46',46,'educat46',46,'occupa46',46,'income46',46,'commun46',46,'religi46',46,'prefer46','source46',46,46,46,46,'Leela, 60/F, fever and body ache since 3 days; referred to CHC.','family46',46,'Headof46','Others46','faceEm46','{\"relativeName\":\"Yogendra Choudhary\",\"relativeMobile\":\"6870609001\",\"relation\":\"Father\"}',b'0','N','admin','2025-11-19 14:46:00',b'1','Reserv46','Reserv46',46,'admin','2025-11-19 14:46:00',46,46,'Vehica46',46,46,'Sexual46',b'1',3,'admin','2025-11-19 14:46:00','Reserv46','Monthl46'),(47,1000005117,47,'Title47','Raghunath','Madhav','Kalita','Status47',47,'Male',47,'Marita47','2025-12-20 15:47:00',2,'1988-07-26 00:00:00','Omkar Kalita','Aparna Kalita','Bhagyashree Kalita',b'1',47,'Aparna Upadhyay','PlaceO47','Litera47',47,'educat47',47,'occupa47',47,'income47',47,'commun47',47,'religi47',47,'prefer47','source47',47,47,47,47,'Seen with Aparna Kalita at home: loose motions since yesterday, Malaria RDT negative.','family47',47,'Headof47','Others47','faceEm47','{\"relativeName\":\"Omkar Kalita\",\"relativeMobile\":\"7270771002\",\"relation\":\"Father\"}',b'0','N','aparna.u','2025-12-20 15:47:00',b'1','Reserv47','Reserv47',47,'aparna.u','2025-12-20 15:47:00',47,47,'Vehica47',47,47,'Sexual47',b'1',2,'aparna.u','2025-12-20 15:47:00','Reserv47','Monthl47'),(48,1000005228,48,'Title48','Shalini','Hemlata','Trivedi','Status48',48,'Female',48,'Marita48','2025-01-21 16:48:00',4,'1984-09-22 00:00:00','Kamlesh Trivedi','Kusum Trivedi','Omkar Trivedi',b'1',48,'Jayshree Trivedi','PlaceO48','Litera48',48,'educat48',48,'occupa48',48,'income48',48,'commun48',48,'religi48',48,'prefer48','source48',48,48,48,48,'Caller Shalini Trivedi (mobile 6804887060) reports swelling in both legs; advised visit to PHC.','family48',48,'Headof48','Others48','faceEm48','{\"relativeName\":\"Kamlesh Trivedi\",\"relativeMobile\":\"9001589886\",\"relation\":\"Father\"}',b'0','N','jayshree.t','2025-01-21 16:48:00',b'1','Reserv48','Reserv48',48,'jayshree.t','2025-01-21 16:48:00',48,48,'Vehica48',48,48,'Sexual48',b'1',5,'jayshree.t','2025-01-21 16:48:00','Reserv48','Monthl48'),(49,1000005339,49,'Title49','Aparna','Vaishali','Trivedi','Status49',49,'Female',49,'Marita49','2025-02-22 17:49:00',3,'1987-12-20 00:00:00','Hemant Trivedi','Urmila Trivedi','Yogendra Trivedi',b'1',49,'Yashoda Prajapati','PlaceO49','Litera49',49,'educat49',49,'occupa49',49,'income49',49,'commun49',49,'religi49',49,'prefer49','source49',49,49,49,49,'Patient Aparna Trivedi complains of pain in lower abdomen. Relative reachable on +91 7002002013. Aadhaar 960754642939 seen.','family49',49,'Headof49','Others49','faceEm49','{\"relativeName\":\"Hemant Trivedi\",\"relativeMobile\":\"7002002013\",\"relation\":\"Father\"}',b'0','N','yashoda.p','2025-02-22 17:49:00',b'1','Reserv49','Reserv49',49,'yashoda.p','2025-02-22 17:49:00',49,49,'Vehica49',49,49,'Sexual49',b'1',1,'yashoda.p','2025-02-22 17:49:00','Reserv49','Monthl49'),(50,1000005450,50,'Title50','Yashoda','Bhagyashree','Pradhan','Status50',50,'Female',50,'Marita50','2025-03-23 08:50:00',4,'1991-02-19 00:00:00','Madhav Pradhan','Yashoda Pradhan','Madhav Pradhan',b'1',50,'Hemlata Mandal','PlaceO50','Litera50',50,'educat50',50,'occupa50',50,'income50',50,'commun50',50,'religi50',50,'prefer50','source50',50,50,50,50,'Follow-up call to Yashoda on 9060900158: loose motions since yesterday, improving.','family50',50,'Headof50','Others50','faceEm50','{\"relativeName\":\"Madhav Pradhan\",\"relativeMobile\":\"9886268924\",\"relation\":\"Father\"}',b'0','N','hemlata.m','2025-03-23 08:50:00',b'1','Reserv50','Reserv50',50,'hemlata.m','2025-03-23 08:50:00',50,50,'Vehica50',50,50,'Sexual50',b'1',4,'hemlata.m','2025-03-23 08:50:00','Reserv50','Monthl50'),(51,1000005561,51,'Title51','Gayatri','Damayanti','Kalita','Status51',51,'Female',51,'Marita51','2025-04-24 09:51:00',3,'1982-04-22 00:00:00','Shailesh Kalita','Leela Kalita','Eshwar Kalita',b'1',51,'Kusum Bora','PlaceO51','Litera51',51,'educat51',51,'occupa51',51,'income51',51,'commun51',51,'religi51',51,'prefer51','source51',51,51,51,51,'GAYATRI KALITA C/O PAIN IN LOWER ABDOMEN. ASHA: Kusum Bora visited.','family51',51,'Headof51','Others51','faceEm51','{\"relativeName\":\"Shailesh Kalita\",\"relativeMobile\":\"6013676697\",\"relation\":\"Father\"}',b'0','N','kusum.b','2025-04-24 09:51:00',b'1','Reserv51','Reserv51',51,'kusum.b','2025-04-24 09:51:00',51,51,'Vehica51',51,51,'Sexual51',b'1',1,'kusum.b','2025-04-24 09:51:00','Reserv51','Monthl51'),(52,1000005672,52,'Title52','Charulata','Shalini','Choudhary','Status52',52,'Female',52,'Marita52','2025-05-25 10:52:00',2,'2005-02-25 00:00:00','Jitendra Choudhary','Padmini Choudhary','Eshwar Choudhary',b'1',52,'Trupti Choudhary','PlaceO52','Litera52',52,'educat52',52,'occupa52',52,'income52',52,'commun52',52,'religi52',52,'prefer52','source52',52,52,52,52,'Charulata, 21/F, headache and giddiness; referred to CHC.','family52',52,'Headof52','Others52','faceEm52','{\"relativeName\":\"Jitendra Choudhary\",\"relativeMobile\":\"6924610801\",\"relation\":\"Father\"}',b'0','N','trupti.c','2025-05-25 10:52:00',b'1','Reserv52','Reserv52',52,'trupti.c','2025-05-25 10:52:00',52,52,'Vehica52',52,52,'Sexual52',b'1',4,'trupti.c','2025-05-25 10:52:00','Reserv52','Monthl52'),(53,1000005783,53,'Title53','Rukmini','Rukmini','Mohanty','Status53',53,'Female',53,'Marita53','2025-06-26 11:53:00',1,'1952-12-22 00:00:00','Bhupinder Mohanty','Aparna Mohanty','Girish Mohanty',b'1',53,'Aparna Nayak','PlaceO53','Litera53',53,'educat53',53,'occupa53',53,'income53',53,'commun53',53,'religi53',53,'prefer53','source53',53,53,53,53,'Seen with Aparna Mohanty at home: fever and body ache since 3 days, Malaria RDT negative.','family53',53,'Headof53','Others53','faceEm53','{\"relativeName\":\"Bhupinder Mohanty\",\"relativeMobile\":\"8697535947\",\"relation\":\"Father\"}',b'0','N','Aparna.N','2025-06-26 11:53:00',b'1','Reserv53','Reserv53',53,'Aparna.N','2025-06-26 11:53:00',53,53,'Vehica53',53,53,'Sexual53',b'1',3,'Aparna.N','2025-06-26 11:53:00','Reserv53','Monthl53'),(54,1000005894,54,'Title54','Shalini','Urmila','Srivastava','Status54',54,'Female',54,'Marita54','2025-07-27 12:54:00',4,'1968-05-24 00:00:00','Omkar Srivastava','Bhagyashree Srivastava','Lakshman Srivastava',b'1',54,'Kusum Mohanty','PlaceO54','Litera54',54,'educat54',54,'occupa54',54,'income54',54,'commun54',54,'religi54',54,'prefer54','source54',54,54,54,54,'Caller Shalini Srivastava (mobile 8626892461) reports fever and body ache since 3 days; advised visit to PHC.','family54',54,'Headof54','Others54','faceEm54','{\"relativeName\":\"Omkar Srivastava\",\"relativeMobile\":\"8801747245\",\"relation\":\"Father\"}',b'0','N','kusum.m','2025-07-27 12:54:00',b'1','Reserv54','Reserv54',54,'kusum.m','2025-07-27 12:54:00',54,54,'Vehica54',54,54,'Sexual54',b'1',4,'kusum.m','2025-07-27 12:54:00','Reserv54','Monthl54'),(55,1000006005,55,'Title55','Nirmala','Leela','Kushwaha','Status55',55,'Female',55,'Marita55','2025-08-28 13:55:00',1,'1988-08-12 00:00:00','Parag Kushwaha','Leela Kushwaha','Chiranjeevi Kushwaha',b'1',55,'Hemlata Mandal','PlaceO55','Litera55',55,'educat55',55,'occupa55',55,'income55',55,'commun55',55,'religi55',55,'prefer55','source55',55,55,55,55,'Patient Nirmala Kushwaha complains of headache and giddiness. Relative reachable on +91 9947331052. Aadhaar 979137443256 seen.','family55',55,'Headof55','Others55','faceEm55','{\"relativeName\":\"Parag Kushwaha\",\"relativeMobile\":\"9947331052\",\"relation\":\"Father\"}',b'0','N','hemlata.m','2025-08-28 13:55:00',b'1','Reserv55','Reserv55',55,'hemlata.m','2025-08-28 13:55:00',55,55,'Vehica55',55,55,'Sexual55',b'1',3,'hemlata.m','2025-08-28 13:55:00','Reserv55','Monthl55'),(56,1000006116,56,'Title56','Jitendra','Narendra','Chakraborty','Status56',56,'Male',56,'Marita56','2025-09-01 14:56:00',2,'1999-11-15 00:00:00','Madhav Chakraborty','Shalini Chakraborty','Kusum Chakraborty',b'1',56,'Bhagyashree Srivastava','PlaceO56','Litera56',56,'educat56',56,'occupa56',56,'income56',56,'commun56',56,'religi56',56,'prefer56','source56',56,56,56,56,'Follow-up call to Jitendra on 6461080174: swelling in both legs, improving.','family56',56,'Headof56','Others56','faceEm56','{\"relativeName\":\"Madhav Chakraborty\",\"relativeMobile\":\"9245762193\",\"relation\":\"Father\"}',b'0','N','bhagyashree.s','2025-09-01 14:56:00',b'1','Reserv56','Reserv56',56,'bhagyashree.s','2025-09-01 14:56:00',56,56,'Vehica56',56,56,'Sexual56',b'1',1,'bhagyashree.s','2025-09-01 14:56:00','Reserv56','Monthl56'),(57,1000006227,57,'Title57','Rukmini','Nirmala','Gaikwad','Status57',57,'Female',57,'Marita57','2025-10-02 15:57:00',4,'1965-04-14 00:00:00','Dhananjay Gaikwad','Leela Gaikwad','Bhupinder Gaikwad',b'1',57,'Charulata Mohanty','PlaceO57','Litera57',57,'educat57',57,'occupa57',57,'income57',57,'commun57',57,'religi57',57,'prefer57','source57',57,57,57,57,'RUKMINI GAIKWAD C/O HEADACHE AND GIDDINESS. ASHA: Charulata Mohanty visited.','family57',57,'Headof57','Others57','faceEm57','{\"relativeName\":\"Dhananjay Gaikwad\",\"relativeMobile\":\"7052393923\",\"relation\":\"Father\"}',b'0','N','charulata.m','2025-10-02 15:57:00',b'1','Reserv57','Reserv57',57,'charulata.m','2025-10-02 15:57:00',57,57,'Vehica57',57,57,'Sexual57',b'1',4,'charulata.m','2025-10-02 15:57:00','Reserv57','Monthl57'),(58,1000006338,58,'Title58','Kamlesh','Hemant','Gaikwad','Status58',58,'Male',58,'Marita58','2025-11-03 16:58:00',5,'1975-01-24 00:00:00','Girish Gaikwad','Rukmini Gaikwad','Yashoda Gaikwad',b'1',58,'Malati Srivastava','PlaceO58','Litera58',58,'educat58',58,'occupa58',58,'income58',58,'commun58',58,'religi58',58,'prefer58','source58',58,58,58,58,'Kamlesh, 51/M, loose motions since yesterday; referred to CHC.','family58',58,'Headof58','Others58','faceEm58','{\"relativeName\":\"Girish Gaikwad\",\"relativeMobile\":\"6193210499\",\"relation\":\"Father\"}',b'0','N','malati.s','2025-11-03 16:58:00',b'1','Reserv58','Reserv58',58,'malati.s','2025-11-03 16:58:00',58,58,'Vehica58',58,58,'Sexual58',b'1',4,'malati.s','2025-11-03 16:58:00','Reserv58','Monthl58'),(59,1000006449,59,'Title59','Shailesh','Umesh','Behera','Status59',59,'Male',59,'Marita59','2025-12-04 17:59:00',5,'1983-01-28 00:00:00','Narendra Behera','Charulata Behera','Urmila Behera',b'1',59,'Jayshree Bhattacharya','PlaceO59','Litera59',59,'educat59',59,'occupa59',59,'income59',59,'commun59',59,'religi59',59,'prefer59','source59',59,59,59,59,'Seen with Charulata Behera at home: pain in lower abdomen, Malaria RDT negative.','family59',59,'Headof59','Others59','faceEm59','{\"relativeName\":\"Narendra Behera\",\"relativeMobile\":\"7923713915\",\"relation\":\"Father\"}',b'0','N','jayshree.b','2025-12-04 17:59:00',b'1','Reserv59','Reserv59',59,'jayshree.b','2025-12-04 17:59:00',59,59,'Vehica59',59,59,'Sexual59',b'1',3,'jayshree.b','2025-12-04 17:59:00','Reserv59','Monthl59'),(60,1000006560,60,'Title60','Raghunath','Yogendra','Nayak','Status60',60,'Male',60,'Marita60','2025-01-05 08:00:00',5,'1996-03-09 00:00:00','Lakshman Nayak','Kalpana Nayak','Kalpana Nayak',b'1',60,'Ekta Pradhan','PlaceO60','Litera60',60,'educat60',60,'occupa60',60,'income60',60,'commun60',60,'religi60',60,'prefer60','source60',60,60,60,60,'Caller Raghunath Nayak (mobile 6576219321) reports swelling in both legs; advised visit to PHC.','family60',60,'Headof60','Others60','faceEm60','{\"relativeName\":\"Lakshman Nayak\",\"relativeMobile\":\"8499265385\",\"relation\":\"Father\"}',b'0','N','ekta.p','2025-01-05 08:00:00',b'1','Reserv60','Reserv60',60,'ekta.p','2025-01-05 08:00:00',60,60,'Vehica60',60,60,'Sexual60',b'1',4,'ekta.p','2025-01-05 08:00:00','Reserv60','Monthl60'),(61,1000006671,61,'Title61','Bhagyashree','Kusum','Bora','Status61',61,'Female',61,'Marita61','2025-02-06 09:01:00',5,'2008-09-21 00:00:00','Raghunath Bora','Aparna Bora','Hemant Bora',b'1',61,'Urmila Kushwaha','PlaceO61','Litera61',61,'educat61',61,'occupa61',61,'income61',61,'commun61',61,'religi61',61,'prefer61','source61',61,61,61,61,'Patient Bhagyashree Bora complains of fever and body ache since 3 days. Relative reachable on +91 9915371268. Aadhaar 870771002003 seen.','family61',61,'Headof61','Others61','faceEm61','{\"relativeName\":\"Raghunath Bora\",\"relativeMobile\":\"9915371268\",\"relation\":\"Father\"}',b'0','N','urmila.k','2025-02-06 09:01:00',b'1','Reserv61','Reserv61',61,'urmila.k','2025-02-06 09:01:00',61,61,'Vehica61',61,61,'Sexual61',b'1',3,'urmila.k','2025-02-06 09:01:00','Reserv61','Monthl61'),(62,1000006782,62,'Title62','Madhav','Omkar','Saikia','Status62',62,'Male',62,'Marita62','2025-03-07 10:02:00',4,'2006-02-15 00:00:00','Shailesh Saikia','Damayanti Saikia','Damayanti Saikia',b'1',62,'Gayatri Srivastava','PlaceO62','Litera62',62,'educat62',62,'occupa62',62,'income62',62,'commun62',62,'religi62',62,'prefer62','source62',62,62,62,62,'Follow-up call to Madhav on 7321049926: cough with sputum for two weeks, improving.','family62',62,'Headof62','Others62','faceEm62','{\"relativeName\":\"Shailesh Saikia\",\"relativeMobile\":\"7385899881\",\"relation\":\"Father\"}',b'0','N','gayatri.s','2025-03-07 10:02:00',b'1','Reserv62','Reserv62',62,'gayatri.s','2025-03-07 10:02:00',62,62,'Vehica62',62,62,'Sexual62',b'1',5,'gayatri.s','2025-03-07 10:02:00','Reserv62','Monthl62'),(63,1000006893,63,'Title63','Jayshree','Urmila','Pradhan','Status63',63,'Female',63,'Marita63','2025-04-08 11:03:00',2,'1981-05-23 00:00:00','Shailesh Pradhan','Vaishali Pradhan','Yogendra Pradhan',b'1',63,'Yashoda Nayak','PlaceO63','Litera63',63,'educat63',63,'occupa63',63,'income63',63,'commun63',63,'religi63',63,'prefer63','source63',63,63,63,63,'JAYSHREE PRADHAN C/O COUGH WITH SPUTUM FOR TWO WEEKS. ASHA: Yashoda Nayak visited.','family63',63,'Headof63','Others63','faceEm63','{\"relativeName\":\"Shailesh Pradhan\",\"relativeMobile\":\"9268494068\",\"relation\":\"Father\"}',b'0','N','yashoda.n','2025-04-08 11:03:00',b'1','Reserv63','Reserv63',63,'yashoda.n','2025-04-08 11:03:00',63,63,'Vehica63',63,63,'Sexual63',b'1',4,'yashoda.n','2025-04-08 11:03:00','Reserv63','Monthl63'),(64,1000007004,64,'Title64','Yashoda','Yashoda','Saikia','Status64',64,'Female',64,'Marita64','2025-05-09 12:04:00',3,'1995-02-03 00:00:00','Jitendra Saikia','Leela Saikia','Dhananjay Saikia',b'1',64,'Nirmala Chakraborty','PlaceO64','Litera64',64,'educat64',64,'occupa64',64,'income64',64,'commun64',64,'religi64',64,'prefer64','source64',64,64,64,64,'Yashoda, 31/F, cough with sputum for two weeks; referred to CHC.','family64',64,'Headof64','Others64','faceEm64','{\"relativeName\":\"Jitendra Saikia\",\"relativeMobile\":\"7881825336\",\"relation\":\"Father\"}',b'0','N','nirmala.c','2025-05-09 12:04:00',b'1','Reserv64','Reserv64',64,'nirmala.c','2025-05-09 12:04:00',64,64,'Vehica64',64,64,'Sexual64',b'1',2,'nirmala.c','2025-05-09 12:04:00','Reserv64','Monthl64'),(65,1000007115,65,'Title65','Madhav','Vasant','Mohanty','Status65',65,'Male',65,'Marita65','2025-06-10 13:05:00',2,'1969-04-22 00:00:00','Vasant Mohanty','Ekta Mohanty','Kusum Mohanty',b'1',65,'Vaishali Choudhary','PlaceO65','Litera65',65,'educat65',65,'occupa65',65,'income65',65,'commun65',65,'religi65',65,'prefer65','source65',65,65,65,65,'Seen with Ekta Mohanty at home: loose motions since yesterday, Malaria RDT negative.','family65',65,'Headof65','Others65','faceEm65','{\"relativeName\":\"Vasant Mohanty\",\"relativeMobile\":\"8068065791\",\"relation\":\"Father\"}',b'0','N','vaishali.c','2025-06-10 13:05:00',b'1','Reserv65','Reserv65',65,'vaishali.c','2025-06-10 13:05:00',65,65,'Vehica65',65,65,'Sexual65',b'1',5,'vaishali.c','2025-06-10 13:05:00','Reserv65','Monthl65'),(66,1000007226,66,'Title66','Hemant','Hemant','Nayak','Status66',66,'Male',66,'Marita66','2025-07-11 14:06:00',3,'1965-05-18 00:00:00','Girish Nayak','Bhagyashree Nayak','Bhagyashree Nayak',b'1',66,'Bhagyashree Gaikwad','PlaceO66','Litera66',66,'educat66',66,'occupa66',66,'income66',66,'commun66',66,'religi66',66,'prefer66','source66',66,66,66,66,'Caller Hemant Nayak (mobile 8589988182) reports fever and body ache since 3 days; advised visit to PHC.','family66',66,'Headof66','Others66','faceEm66','{\"relativeName\":\"Girish Nayak\",\"relativeMobile\":\"9336187930\",\"relation\":\"Father\"}',b'0','N','bhagyashree.g','2025-07-11 14:06:00',b'1','Reserv66','Reserv66',66,'bhagyashree.g','2025-07-11 14:06:00',66,66,'Vehica66',66,66,'Sexual66',b'1',4,'bhagyashree.g','2025-07-11 14:06:00','Reserv66','Monthl66'),(67,1000007337,67,'Title67','Umesh','Parag','Kushwaha','Status67',67,'Male',67,'Marita67','2025-08-12 15:07:00',5,'1955-12-13 00:00:00','Hemant Kushwaha','Yashoda Kushwaha','Trupti Kushwaha',b'1',67,'Gayatri Deshpande','PlaceO67','Litera67',67,'educat67',67,'occupa67',67,'income67',67,'commun67',67,'religi67',67,'prefer67','source67',67,67,67,67,'Patient Umesh Kushwaha complains of cough with sputum for two weeks. Relative reachable on +91 9791888499. Aadhaar 297535947331 seen.','family67',67,'Headof67','Others67','faceEm67','{\"relativeName\":\"Hemant Kushwaha\",\"relativeMobile\":\"9791888499\",\"relation\":\"Father\"}',b'0','N','gayatri.d','2025-08-12 15:07:00',b'1','Reserv67','Reserv67',67,'gayatri.d','2025-08-12 15:07:00',67,67,'Vehica67',67,67,'Sexual67',b'1',3,'gayatri.d','2025-08-12 15:07:00','Reserv67','Monthl67'),(68,1000007448,68,'Title68','Bhupinder','Umesh','Tripathi','Status68',68,'Male',68,'Marita68','2025-09-13 16:08:00',1,'1950-12-08 00:00:00','Shailesh Tripathi','Jayshree Tripathi','Gayatri Tripathi',b'1',68,'Urmila Kushwaha','PlaceO68','Litera68',68,'educat68',68,'occupa68',68,'income68',68,'commun68',68,'religi68',68,'prefer68','source68',68,68,68,68,'Follow-up call to Bhupinder on 6182533618: headache and giddiness, improving.','family68',68,'Headof68','Others68','faceEm68','{\"relativeName\":\"Shailesh Tripathi\",\"relativeMobile\":\"9930765115\",\"relation\":\"Father\"}',b'0','N','urmila.k','2025-09-13 16:08:00',b'1','Reserv68','Reserv68',68,'urmila.k','2025-09-13 16:08:00',68,68,'Vehica68',68,68,'Sexual68',b'1',3,'urmila.k','2025-09-13 16:08:00','Reserv68','Monthl68'),(69,1000007559,69,'Title69','Damayanti','Ekta','Hazarika','Status69',69,'Female',69,'Marita69','2025-10-14 17:09:00',2,'1970-12-07 00:00:00','Vasant Hazarika','Aparna Hazarika','Kamlesh Hazarika',b'1',69,'Jayshree Bora','PlaceO69','Litera69',69,'educat69',69,'occupa69',69,'income69',69,'commun69',69,'religi69',69,'prefer69','source69',69,69,69,69,'DAMAYANTI HAZARIKA C/O SWELLING IN BOTH LEGS. ASHA: Jayshree Bora visited.','family69',69,'Headof69','Others69','faceEm69','{\"relativeName\":\"Vasant Hazarika\",\"relativeMobile\":\"8499936855\",\"relation\":\"Father\"}',b'0','N','admin','2025-10-14 17:09:00',b'1','Reserv69','Reserv69',69,'admin','2025-10-14 17:09:00',69,69,'Vehica69',69,69,'Sexual69',b'1',5,'admin','2025-10-14 17:09:00','Reserv69','Monthl69'),(70,1000007670,70,'Title70','Shalini','Trupti','Choudhary','Status70',70,'Female',70,'Marita70','2025-11-15 08:10:00',3,'1985-02-16 00:00:00','Yogendra Choudhary','Padmini Choudhary','Parag Choudhary',b'1',70,'Charulata Chakraborty','PlaceO70','Litera70',70,'educat70',70,'occupa70',70,'income70',70,'commun70',70,'religi70',70,'prefer70','source70',70,70,70,70,'Shalini, 41/F, swelling in both legs; referred to CHC.','family70',70,'Headof70','Others70','faceEm70','{\"relativeName\":\"Yogendra Choudhary\",\"relativeMobile\":\"7115075755\",\"relation\":\"Father\"}',b'0','N','charulata.c','2025-11-15 08:10:00',b'1','Reserv70','Reserv70',70,'charulata.c','2025-11-15 08:10:00',70,70,'Vehica70',70,70,'Sexual70',b'1',2,'charulata.c','2025-11-15 08:10:00','Reserv70','Monthl70'),(71,1000007781,71,'Title71','Rukmini','Charulata','Pradhan','Status71',71,'Female',71,'Marita71','2025-12-16 09:11:00',1,'1969-10-02 00:00:00','Girish Pradhan','Hemlata Pradhan','Girish Pradhan',b'1',71,'Damayanti Kushwaha','PlaceO71','Litera71',71,'educat71',71,'occupa71',71,'income71',71,'commun71',71,'religi71',71,'prefer71','source71',71,71,71,71,'Seen with Hemlata Pradhan at home: swelling in both legs, Malaria RDT negative.','family71',71,'Headof71','Others71','faceEm71','{\"relativeName\":\"Girish Pradhan\",\"relativeMobile\":\"8855948085\",\"relation\":\"Father\"}',b'0','N','damayanti.k','2025-12-16 09:11:00',b'1','Reserv71','Reserv71',71,'damayanti.k','2025-12-16 09:11:00',71,71,'Vehica71',71,71,'Sexual71',b'1',3,'damayanti.k','2025-12-16 09:11:00','Reserv71','Monthl71'),(72,1000007892,72,'Title72','Urmila','Trupti','Mohanty','Status72',72,'Female',72,'Marita72','2025-01-17 10:12:00',4,'2001-07-07 00:00:00','Bhupinder Mohanty','Ekta Mohanty','Abhay Mohanty',b'1',72,'Damayanti Bora','PlaceO72','Litera72',72,'educat72',72,'occupa72',72,'income72',72,'commun72',72,'religi72',72,'prefer72','source72',72,72,72,72,'Caller Urmila Mohanty (mobile 9076511507) reports cough with sputum for two weeks; advised visit to PHC.','family72',72,'Headof72','Others72','faceEm72','{\"relativeName\":\"Bhupinder Mohanty\",\"relativeMobile\":\"9755759230\",\"relation\":\"Father\"}',b'0','N','damayanti.b','2025-01-17 10:12:00',b'1','Reserv72','Reserv72',72,'damayanti.b','2025-01-17 10:12:00',72,72,'Vehica72',72,72,'Sexual72',b'1',2,'damayanti.b','2025-01-17 10:12:00','Reserv72','Monthl72'),(73,1000008003,73,'Title73','Leela','Rukmini','Bora','Status73',73,'Female',73,'Marita73','2025-02-18 11:13:00',5,'2009-11-10 00:00:00','Chiranjeevi Bora','Padmini Bora','Lakshman Bora',b'1',73,'Trupti Bhattacharya','PlaceO73','Litera73',73,'educat73',73,'occupa73',73,'income73',73,'commun73',73,'religi73',73,'prefer73','source73',73,73,73,73,'Patient Leela Bora complains of pain in lower abdomen. Relative reachable on +91 8085525659. Aadhaar 323713915377 seen.','family73',73,'Headof73','Others73','faceEm73','{\"relativeName\":\"Chiranjeevi Bora\",\"relativeMobile\":\"8085525659\",\"relation\":\"Father\"}',b'0','N','trupti.b','2025-02-18 11:13:00',b'1','Reserv73','Reserv73',73,'trupti.b','2025-02-18 11:13:00',73,73,'Vehica73',73,73,'Sexual73',b'1',1,'trupti.b','2025-02-18 11:13:00','Reserv73','Monthl73'),(74,1000008114,74,'Title74','Narendra','Chiranjeevi','Tripathi','Status74',74,'Male',74,'Marita74','2025-03-19 12:14:00',2,'1958-12-14 00:00:00','Madhav Tripathi','Ekta Tripathi','Rukmini Tripathi',b'1',74,'Kalpana Tripathi','PlaceO74','Litera74',74,'educat74',74,'occupa74',74,'income74',74,'commun74',74,'religi74',74,'prefer74','source74',74,74,74,74,'Follow-up call to Narendra on 7507575575: fever and body ache since 3 days, improving.','family74',74,'Headof74','Others74','faceEm74','{\"relativeName\":\"Madhav Tripathi\",\"relativeMobile\":\"9230551401\",\"relation\":\"Father\"}',b'0','N','kalpana.t','2025-03-19 12:14:00',b'1','Reserv74','Reserv74',74,'kalpana.t','2025-03-19 12:14:00',74,74,'Vehica74',74,74,'Sexual74',b'1',5,'kalpana.t','2025-03-19 12:14:00','Reserv74','Monthl74'),(75,1000008225,75,'Title75','Nirmala','Gayatri','Bhattacharya','Status75',75,'Female',75,'Marita75','2025-04-20 13:15:00',2,'1965-01-15 00:00:00','Eshwar Bhattacharya','Jayshree Bhattacharya','Dhananjay Bhattacharya',b'1',75,'Shalini Kushwaha','PlaceO75','Litera75',75,'educat75',75,'occupa75',75,'income75',75,'commun75',75,'religi75',75,'prefer75','source75',75,75,75,75,'NIRMALA BHATTACHARYA C/O PAIN IN LOWER ABDOMEN. ASHA: Shalini Kushwaha visited.','family75',75,'Headof75','Others75','faceEm75','{\"relativeName\":\"Eshwar Bhattacharya\",\"relativeMobile\":\"7659332299\",\"relation\":\"Father\"}',b'0','N','shalini.k','2025-04-20 13:15:00',b'1','Reserv75','Reserv75',75,'shalini.k','2025-04-20 13:15:00',75,75,'Vehica75',75,75,'Sexual75',b'1',5,'shalini.k','2025-04-20 13:15:00','Reserv75','Monthl75'),(76,1000008336,76,'Title76','Hemant','Parag','Mandal','Status76',76,'Male',76,'Marita76','2025-05-21 14:16:00',5,'1991-04-07 00:00:00','Vasant Mandal','Ekta Mandal','Bhagyashree Mandal',b'1',76,'Urmila Prajapati','PlaceO76','Litera76',76,'educat76',76,'occupa76',76,'income76',76,'commun76',76,'religi76',76,'prefer76','source76',76,76,76,76,'Hemant, 35/M, pain in lower abdomen; referred to CHC.','family76',76,'Headof76','Others76','faceEm76','{\"relativeName\":\"Vasant Mandal\",\"relativeMobile\":\"7401820438\",\"relation\":\"Father\"}',b'0','N','Urmila.P','2025-05-21 14:16:00',b'1','Reserv76','Reserv76',76,'Urmila.P','2025-05-21 14:16:00',76,76,'Vehica76',76,76,'Sexual76',b'1',3,'Urmila.P','2025-05-21 14:16:00','Reserv76','Monthl76'),(77,1000008447,77,'Title77','Vaishali','Malati','Behera','Status77',77,'Female',77,'Marita77','2025-06-22 15:17:00',4,'2011-11-17 00:00:00','Madhav Behera','Padmini Behera','Tushar Behera',b'1',77,'Gayatri Kushwaha','PlaceO77','Litera77',77,'educat77',77,'occupa77',77,'income77',77,'commun77',77,'religi77',77,'prefer77','source77',77,77,77,77,'Seen with Padmini Behera at home: fever and body ache since 3 days, Malaria RDT negative.','family77',77,'Headof77','Others77','faceEm77','{\"relativeName\":\"Madhav Behera\",\"relativeMobile\":\"8299854730\",\"relation\":\"Father\"}',b'0','N','gayatri.k','2025-06-22 15:17:00',b'1','Reserv77','Reserv77',77,'gayatri.k','2025-06-22 15:17:00',77,77,'Vehica77',77,77,'Sexual77',b'1',1,'gayatri.k','2025-06-22 15:17:00','Reserv77','Monthl77'),(78,1000008558,78,'Title78','Yogendra','Vasant','Trivedi','Status78',78,'Male',78,'Marita78','2025-07-23 16:18:00',1,'1974-08-24 00:00:00','Raghunath Trivedi','Gayatri Trivedi','Ekta Trivedi',b'1',78,'Shalini Deshpande','PlaceO78','Litera78',78,'educat78',78,'occupa78',78,'income78',78,'commun78',78,'religi78',78,'prefer78','source78',78,78,78,78,'Caller Yogendra Trivedi (mobile 7055140182) reports fever and body ache since 3 days; advised visit to PHC.','family78',78,'Headof78','Others78','faceEm78','{\"relativeName\":\"Raghunath Trivedi\",\"relativeMobile\":\"8438938416\",\"relation\":\"Father\"}',b'0','N','shalini.d','2025-07-23 16:18:00',b'1','Reserv78','Reserv78',78,'shalini.d','2025-07-23 16:18:00',78,78,'Vehica78',78,78,'Sexual78',b'1',4,'shalini.d','2025-07-23 16:18:00','Reserv78','Monthl78'),(79,1000008669,79,'Title79','Yogendra','Kamlesh','Kalita','Status79',79,'Male',79,'Marita79','2025-08-24 17:19:00',3,'2005-06-13 00:00:00','Raghunath Kalita','Kalpana Kalita','Aparna Kalita',b'1',79,'Hemlata Srivastava','PlaceO79','Litera79',79,'educat79',79,'occupa79',79,'income79',79,'commun79',79,'religi79',79,'prefer79','source79',79,79,79,79,'Patient Yogendra Kalita complains of pain in lower abdomen. Relative reachable on +91 6730800266. Aadhaar 268065791888 seen.','family79',79,'Headof79','Others79','faceEm79','{\"relativeName\":\"Raghunath Kalita\",\"relativeMobile\":\"6730800266\",\"relation\":\"Father\"}',b'0','N','hemlata.s','2025-08-24 17:19:00',b'1','Reserv79','Reserv79',79,'hemlata.s','2025-08-24 17:19:00',79,79,'Vehica79',79,79,'Sexual79',b'1',2,'hemlata.s','2025-08-24 17:19:00','Reserv79','Monthl79'),(80,1000008780,80,'Title80','Omkar','Narendra','Hazarika','Status80',80,'Male',80,'Marita80','2025-09-25 08:20:00',1,'1989-08-27 00:00:00','Chiranjeevi Hazarika','Hemlata Hazarika','Charulata Hazarika',b'1',80,'Kalpana Upadhyay','PlaceO80','Litera80',80,'educat80',80,'occupa80',80,'income80',80,'commun80',80,'religi80',80,'prefer80','source80',80,80,80,80,'Follow-up call to Omkar on 6182043893: cough with sputum for two weeks, improving.','family80',80,'Headof80','Others80','faceEm80','{\"relativeName\":\"Chiranjeevi Hazarika\",\"relativeMobile\":\"8416984549\",\"relation\":\"Father\"}',b'0','N','kalpana.u','2025-09-25 08:20:00',b'1','Reserv80','Reserv80',80,'kalpana.u','2025-09-25 08:20:00',80,80,'Vehica80',80,80,'Sexual80',b'1',1,'kalpana.u','2025-09-25 08:20:00','Reserv80','Monthl80'),(81,1000008891,81,'Title81','Tushar','Kamlesh','Hazarika','Status81',81,'Male',81,'Marita81','2025-10-26 09:21:00',1,'1956-09-26 00:00:00','Shailesh Hazarika','Vaishali Hazarika','Jayshree Hazarika',b'1',81,'Kusum Prajapati','PlaceO81','Litera81',81,'educat81',81,'occupa81',81,'income81',81,'commun81',81,'religi81',81,'prefer81','source81',81,81,81,81,'TUSHAR HAZARIKA C/O HEADACHE AND GIDDINESS. ASHA: Kusum Prajapati visited.','family81',81,'Headof81','Others81','faceEm81','{\"relativeName\":\"Shailesh Hazarika\",\"relativeMobile\":\"8266884805\",\"relation\":\"Father\"}',b'0','N','kusum.p','2025-10-26 09:21:00',b'1','Reserv81','Reserv81',81,'kusum.p','2025-10-26 09:21:00',81,81,'Vehica81',81,81,'Sexual81',b'1',4,'kusum.p','2025-10-26 09:21:00','Reserv81','Monthl81'),(82,1000009002,82,'Title82','Yashoda','Charulata','Choudhary','Status82',82,'Female',82,'Marita82','2025-11-27 10:22:00',3,'1989-09-23 00:00:00','Bhupinder Choudhary','Vaishali Choudhary','Hemant Choudhary',b'1',82,'Kalpana Kalita','PlaceO82','Litera82',82,'educat82',82,'occupa82',82,'income82',82,'commun82',82,'religi82',82,'prefer82','source82',82,82,82,82,'Yashoda, 37/F, cough with sputum for two weeks; referred to CHC.','family82',82,'Headof82','Others82','faceEm82','{\"relativeName\":\"Bhupinder Choudhary\",\"relativeMobile\":\"8549912624\",\"relation\":\"Father\"}',b'0','N','kalpana.k','2025-11-27 10:22:00',b'1','Reserv82','Reserv82',82,'kalpana.k','2025-11-27 10:22:00',82,82,'Vehica82',82,82,'Sexual82',b'1',1,'kalpana.k','2025-11-27 10:22:00','Reserv82','Monthl82'),(83,1000009113,83,'Title83','Vasant','Bhupinder','Prajapati','Status83',83,'Male',83,'Marita83','2025-12-28 11:23:00',3,'2000-11-04 00:00:00','Eshwar Prajapati','Hemlata Prajapati','Gayatri Prajapati',b'1',83,'Padmini Choudhary','PlaceO83','Litera83',83,'educat83',83,'occupa83',83,'income83',83,'commun83',83,'religi83',83,'prefer83','source83',83,83,83,83,'Seen with Hemlata Prajapati at home: swelling in both legs, Malaria RDT negative.','family83',83,'Headof83','Others83','faceEm83','{\"relativeName\":\"Eshwar Prajapati\",\"relativeMobile\":\"8805985771\",\"relation\":\"Father\"}',b'0','N','padmini.c','2025-12-28 11:23:00',b'1','Reserv83','Reserv83',83,'padmini.c','2025-12-28 11:23:00',83,83,'Vehica83',83,83,'Sexual83',b'1',1,'padmini.c','2025-12-28 11:23:00','Reserv83','Monthl83'),(84,1000009224,84,'Title84','Hemlata','Hemlata','Mandal','Status84',84,'Female',84,'Marita84','2025-01-01 12:24:00',4,'1956-02-20 00:00:00','Eshwar Mandal','Nirmala Mandal','Shailesh Mandal',b'1',84,'Padmini Nayak','PlaceO84','Litera84',84,'educat84',84,'occupa84',84,'income84',84,'commun84',84,'religi84',84,'prefer84','source84',84,84,84,84,'Caller Hemlata Mandal (mobile 7698454991) reports pain in lower abdomen; advised visit to PHC.','family84',84,'Headof84','Others84','faceEm84','{\"relativeName\":\"Eshwar Mandal\",\"relativeMobile\":\"8624721764\",\"relation\":\"Father\"}',b'0','N','padmini.n','2025-01-01 12:24:00',b'1','Reserv84','Reserv84',84,'padmini.n','2025-01-01 12:24:00',84,84,'Vehica84',84,84,'Sexual84',b'1',5,'padmini.n','2025-01-01 12:24:00','Reserv84','Monthl84'),(85,1000009335,85,'Title85','Rukmini','Nirmala','Kushwaha','Status85',85,'Female',85,'Marita85','2025-02-02 13:25:00',1,'1993-04-03 00:00:00','Jitendra Kushwaha','Yashoda Kushwaha','Jitendra Kushwaha',b'1',85,'Shalini Gaikwad','PlaceO85','Litera85',85,'educat85',85,'occupa85',85,'income85',85,'commun85',85,'religi85',85,'prefer85','source85',85,85,85,85,'Patient Rukmini Kushwaha complains of cough with sputum for two weeks. Relative reachable on +91 9771814650. Aadhaar 455948085529 seen.','family85',85,'Headof85','Others85','faceEm85','{\"relativeName\":\"Jitendra Kushwaha\",\"relativeMobile\":\"9771814650\",\"relation\":\"Father\"}',b'0','N','shalini.g','2025-02-02 13:25:00',b'1','Reserv85','Reserv85',85,'shalini.g','2025-02-02 13:25:00',85,85,'Vehica85',85,85,'Sexual85',b'1',2,'shalini.g','2025-02-02 13:25:00','Reserv85','Monthl85'),(86,1000009446,86,'Title86','Umesh','Jitendra','Hazarika','Status86',86,'Male',86,'Marita86','2025-03-03 14:26:00',2,'1984-04-18 00:00:00','Chiranjeevi Hazarika','Charulata Hazarika','Ekta Hazarika',b'1',86,'Malati Hazarika','PlaceO86','Litera86',86,'educat86',86,'occupa86',86,'income86',86,'commun86',86,'religi86',86,'prefer86','source86',86,86,86,86,'Follow-up call to Umesh on 6991262472: cough with sputum for two weeks, improving.','family86',86,'Headof86','Others86','faceEm86','{\"relativeName\":\"Chiranjeevi Hazarika\",\"relativeMobile\":\"7764664156\",\"relation\":\"Father\"}',b'0','N','malati.h','2025-03-03 14:26:00',b'1','Reserv86','Reserv86',86,'malati.h','2025-03-03 14:26:00',86,86,'Vehica86',86,86,'Sexual86',b'1',4,'malati.h','2025-03-03 14:26:00','Reserv86','Monthl86'),(87,1000009557,87,'Title87','Ekta','Hemlata','Prajapati','Status87',87,'Female',87,'Marita87','2025-04-04 15:27:00',5,'1982-08-26 00:00:00','Eshwar Prajapati','Urmila Prajapati','Omkar Prajapati',b'1',87,'Aparna Srivastava','PlaceO87','Litera87',87,'educat87',87,'occupa87',87,'income87',87,'commun87',87,'religi87',87,'prefer87','source87',87,87,87,87,'EKTA PRAJAPATI C/O SWELLING IN BOTH LEGS. ASHA: Aparna Srivastava visited.','family87',87,'Headof87','Others87','faceEm87','{\"relativeName\":\"Eshwar Prajapati\",\"relativeMobile\":\"6650817873\",\"relation\":\"Father\"}',b'0','N','aparna.s','2025-04-04 15:27:00',b'1','Reserv87','Reserv87',87,'aparna.s','2025-04-04 15:27:00',87,87,'Vehica87',87,87,'Sexual87',b'1',2,'aparna.s','2025-04-04 15:27:00','Reserv87','Monthl87'),(88,1000009668,88,'Title88','Trupti','Rukmini','Saikia','Status88',88,'Female',88,'Marita88','2025-05-05 16:28:00',5,'1965-04-25 00:00:00','Tushar Saikia','Trupti Saikia','Yogendra Saikia',b'1',88,'Aparna Hazarika','PlaceO88','Litera88',88,'educat88',88,'occupa88',88,'income88',88,'commun88',88,'religi88',88,'prefer88','source88',88,88,88,88,'Trupti, 61/F, cough with sputum for two weeks; referred to CHC.','family88',88,'Headof88','Others88','faceEm88','{\"relativeName\":\"Tushar Saikia\",\"relativeMobile\":\"6156572249\",\"relation\":\"Father\"}',b'0','N','aparna.h','2025-05-05 16:28:00',b'1','Reserv88','Reserv88',88,'aparna.h','2025-05-05 16:28:00',88,88,'Vehica88',88,88,'Sexual88',b'1',4,'aparna.h','2025-05-05 16:28:00','Reserv88','Monthl88'),(89,1000009779,89,'Title89','Charulata','Gayatri','Mandal','Status89',89,'Female',89,'Marita89','2025-06-06 17:29:00',5,'1971-09-27 00:00:00','Jitendra Mandal','Trupti Mandal','Dhananjay Mandal',b'1',89,'Bhagyashree Mandal','PlaceO89','Litera89',89,'educat89',89,'occupa89',89,'income89',89,'commun89',89,'religi89',89,'prefer89','source89',89,89,89,89,'Seen with Trupti Mandal at home: headache and giddiness, Malaria RDT negative.','family89',89,'Headof89','Others89','faceEm89','{\"relativeName\":\"Jitendra Mandal\",\"relativeMobile\":\"9873364622\",\"relation\":\"Father\"}',b'0','N','bhagyashree.m','2025-06-06 17:29:00',b'1','Reserv89','Reserv89',89,'bhagyashree.m','2025-06-06 17:29:00',89,89,'Vehica89',89,89,'Sexual89',b'1',4,'bhagyashree.m','2025-06-06 17:29:00','Reserv89','Monthl89'),(90,1000009890,90,'Title90','Trupti','Aparna','Pradhan','Status90',90,'Female',90,'Marita90','2025-07-07 08:30:00',4,'1971-03-24 00:00:00','Jitendra Pradhan','Kalpana Pradhan','Madhav Pradhan',b'1',90,'Nirmala Trivedi','PlaceO90','Litera90',90,'educat90',90,'occupa90',90,'income90',90,'commun90',90,'religi90',90,'prefer90','source90',90,90,90,90,'Caller Trupti Pradhan (mobile 8466415657) reports cough with sputum for two weeks; advised visit to PHC.','family90',90,'Headof90','Others90','faceEm90','{\"relativeName\":\"Jitendra Pradhan\",\"relativeMobile\":\"8249336595\",\"relation\":\"Father\"}',b'0','N','nirmala.t','2025-07-07 08:30:00',b'1','Reserv90','Reserv90',90,'nirmala.t','2025-07-07 08:30:00',90,90,'Vehica90',90,90,'Sexual90',b'1',2,'nirmala.t','2025-07-07 08:30:00','Reserv90','Monthl90'),(91,1000010001,91,'Title91','Rukmini','Shalini','Chakraborty','Status91',91,'Female',91,'Marita91','2025-08-08 09:31:00',1,'1976-11-10 00:00:00','Hemant Chakraborty','Shalini Chakraborty','Hemant Chakraborty',b'1',91,'Trupti Trivedi','PlaceO91','Litera91',91,'educat91',91,'occupa91',91,'income91',91,'commun91',91,'religi91',91,'prefer91','source91',91,91,91,91,'Patient Rukmini Chakraborty complains of headache and giddiness. Relative reachable on +91 6622757531. Aadhaar 299854730803 seen.','family91',91,'Headof91','Others91','faceEm91','{\"relativeName\":\"Hemant Chakraborty\",\"relativeMobile\":\"6622757531\",\"relation\":\"Father\"}',b'0','N','trupti.t','2025-08-08 09:31:00',b'1','Reserv91','Reserv91',91,'trupti.t','2025-08-08 09:31:00',91,91,'Vehica91',91,91,'Sexual91',b'1',3,'trupti.t','2025-08-08 09:31:00','Reserv91','Monthl91'),(92,1000010112,92,'Title92','Chiranjeevi','Dhananjay','Tripathi','Status92',92,'Male',92,'Marita92','2025-09-09 10:32:00',5,'1958-08-16 00:00:00','Eshwar Tripathi','Charulata Tripathi','Urmila Tripathi',b'1',92,'Rukmini Kushwaha','PlaceO92','Litera92',92,'educat92',92,'occupa92',92,'income92',92,'commun92',92,'religi92',92,'prefer92','source92',92,92,92,92,'Follow-up call to Chiranjeevi on 9657224933: loose motions since yesterday, improving.','family92',92,'Headof92','Others92','faceEm92','{\"relativeName\":\"Eshwar Tripathi\",\"relativeMobile\":\"6595907806\",\"relation\":\"Father\"}',b'0','N','admin','2025-09-09 10:32:00',b'1','Reserv92','Reserv92',92,'admin','2025-09-09 10:32:00',92,92,'Vehica92',92,92,'Sexual92',b'1',5,'admin','2025-09-09 10:32:00','Reserv92','Monthl92'),(93,1000010223,93,'Title93','Girish','Bhupinder','Srivastava','Status93',93,'Male',93,'Marita93','2025-10-10 11:33:00',3,'1988-07-22 00:00:00','Madhav Srivastava','Gayatri Srivastava','Hemlata Srivastava',b'1',93,'Gayatri Nayak','PlaceO93','Litera93',93,'educat93',93,'occupa93',93,'income93',93,'commun93',93,'religi93',93,'prefer93','source93',93,93,93,93,'GIRISH SRIVASTAVA C/O FEVER AND BODY ACHE SINCE 3 DAYS. ASHA: Gayatri Nayak visited.','family93',93,'Headof93','Others93','faceEm93','{\"relativeName\":\"Madhav Srivastava\",\"relativeMobile\":\"9531446466\",\"relation\":\"Father\"}',b'0','N','gayatri.n','2025-10-10 11:33:00',b'1','Reserv93','Reserv93',93,'gayatri.n','2025-10-10 11:33:00',93,93,'Vehica93',93,93,'Sexual93',b'1',5,'gayatri.n','2025-10-10 11:33:00','Reserv93','Monthl93'),(94,1000010334,94,'Title94','Rukmini','Kusum','Prajapati','Status94',94,'Female',94,'Marita94','2025-11-11 12:34:00',1,'2010-11-18 00:00:00','Hemant Prajapati','Jayshree Prajapati','Raghunath Prajapati',b'1',94,'Jayshree Srivastava','PlaceO94','Litera94',94,'educat94',94,'occupa94',94,'income94',94,'commun94',94,'religi94',94,'prefer94','source94',94,94,94,94,'Rukmini, 16/F, pain in lower abdomen; referred to CHC.','family94',94,'Headof94','Others94','faceEm94','{\"relativeName\":\"Hemant Prajapati\",\"relativeMobile\":\"9806034268\",\"relation\":\"Father\"}',b'0','N','jayshree.s','2025-11-11 12:34:00',b'1','Reserv94','Reserv94',94,'jayshree.s','2025-11-11 12:34:00',94,94,'Vehica94',94,94,'Sexual94',b'1',5,'jayshree.s','2025-11-11 12:34:00','Reserv94','Monthl94'),(95,1000010445,95,'Title95','Madhav','Girish','Tripathi','Status95',95,'Male',95,'Marita95','2025-12-12 13:35:00',2,'1982-11-16 00:00:00','Eshwar Tripathi','Hemlata Tripathi','Ekta Tripathi',b'1',95,'Aparna Behera','PlaceO95','Litera95',95,'educat95',95,'occupa95',95,'income95',95,'commun95',95,'religi95',95,'prefer95','source95',95,95,95,95,'Seen with Hemlata Tripathi at home: headache and giddiness, Malaria RDT negative.','family95',95,'Headof95','Others95','faceEm95','{\"relativeName\":\"Eshwar Tripathi\",\"relativeMobile\":\"8466410563\",\"relation\":\"Father\"}',b'0','N','aparna.b','2025-12-12 13:35:00',b'1','Reserv95','Reserv95',95,'aparna.b','2025-12-12 13:35:00',95,95,'Vehica95',95,95,'Sexual95',b'1',2,'aparna.b','2025-12-12 13:35:00','Reserv95','Monthl95');
/*!40000 ALTER TABLE `i_beneficiarydetails` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `i_beneficiarydetails_fsr`
--

DROP TABLE IF EXISTS `i_beneficiarydetails_fsr`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarydetails_fsr` (
  `BeneficiaryDetailsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `TitleId` int(11) DEFAULT NULL,
  `Title` varchar(10) DEFAULT NULL,
  `FirstName` varchar(50) DEFAULT NULL,
  `MiddleName` varchar(50) DEFAULT NULL,
  `LastName` varchar(50) DEFAULT NULL,
  `Status` varchar(10) DEFAULT NULL,
  `GenderId` int(11) DEFAULT NULL,
  `Gender` varchar(20) DEFAULT NULL,
  `MaritalStatusId` int(11) DEFAULT NULL,
  `MaritalStatus` varchar(20) DEFAULT NULL,
  `MarriageDate` datetime DEFAULT NULL,
  `MarriageAge` smallint(6) DEFAULT NULL,
  `DOB` datetime DEFAULT NULL,
  `FatherName` varchar(50) DEFAULT NULL,
  `MotherName` varchar(50) DEFAULT NULL,
  `SpouseName` varchar(50) DEFAULT NULL,
  `EmergencyRegistration` bit(1) DEFAULT NULL,
  `HealthCareWorkerId` int(11) DEFAULT NULL,
  `HealthCareWorker` varchar(45) DEFAULT NULL,
  `PlaceOfWork` varchar(30) DEFAULT NULL,
  `LiteracyStatus` varchar(30) DEFAULT NULL,
  `educationId` int(11) DEFAULT NULL,
  `education` varchar(45) DEFAULT NULL,
  `occupationId` smallint(6) DEFAULT NULL,
  `occupation` varchar(45) DEFAULT NULL,
  `incomeStatusId` smallint(6) DEFAULT NULL,
  `incomeStatus` varchar(45) DEFAULT NULL,
  `communityId` int(11) DEFAULT NULL,
  `community` varchar(45) DEFAULT NULL,
  `religionId` smallint(6) DEFAULT NULL,
  `religion` varchar(45) DEFAULT NULL,
  `preferredLanguageId` int(11) DEFAULT NULL,
  `preferredLanguage` varchar(45) DEFAULT NULL,
  `sourceOfInfo` varchar(300) DEFAULT NULL,
  `servicePointId` bigint(20) DEFAULT NULL,
  `areaId` int(15) DEFAULT NULL,
  `zoneId` int(15) DEFAULT NULL,
  `phcId` int(15) DEFAULT NULL,
  `Remarks` varchar(300) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SexualOrientationID` int(11) DEFAULT NULL,
  `SexualOrientationType` varchar(30) DEFAULT NULL,
  `IsHIVPositive` bit(1) DEFAULT NULL,
  `HIVStatus` smallint(6) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  `BenRegID` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`BeneficiaryDetailsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiarydetails_rmnch`
--

DROP TABLE IF EXISTS `i_beneficiarydetails_rmnch`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarydetails_rmnch` (
  `beneficiaryDetails_RmnchId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `aadhaNo` varchar(500) DEFAULT NULL,
  `aadha_no` varchar(500) DEFAULT NULL,
  `aadha_noId` int(11) DEFAULT NULL,
  `age` int(2) DEFAULT NULL,
  `ageAtMarriage` int(2) DEFAULT NULL,
  `age_unit` varchar(500) DEFAULT NULL,
  `age_unitId` int(2) DEFAULT NULL,
  `childRegisteredAWCID` bigint(20) DEFAULT NULL,
  `childRegisteredSchoolID` int(2) DEFAULT NULL,
  `dateofdelivey` datetime DEFAULT NULL,
  `expectedDateofDelivery` datetime DEFAULT NULL,
  `facilitySectionID` int(2) DEFAULT NULL,
  `guidelineid` varchar(250) DEFAULT NULL,
  `houseoldId` bigint(20) DEFAULT NULL,
  `lastDeliveryConductedID` int(2) DEFAULT NULL,
  `lastMenstrualPeriod` varchar(500) DEFAULT NULL,
  `latitude` float(20,5) DEFAULT NULL,
  `lengthofMenstrualCycleId` int(2) DEFAULT NULL,
  `literacyId` int(2) DEFAULT NULL,
  `longitude` float(20,5) DEFAULT NULL,
  `menstrualBFDId` int(2) DEFAULT NULL,
  `menstrualProblemId` int(2) DEFAULT NULL,
  `menstrualStatusId` int(2) DEFAULT NULL,
  `mobileOthers` varchar(500) DEFAULT NULL,
  `mobilenoofRelation` varchar(500) DEFAULT NULL,
  `mobilenoofRelationId` int(2) DEFAULT NULL,
  `motherName` varchar(500) DEFAULT NULL,
  `ncd_priority` int(2) DEFAULT NULL,
  `need_opcareId` int(2) DEFAULT NULL,
  `previousLiveBirth` varchar(500) DEFAULT NULL,
  `rchid` varchar(500) DEFAULT NULL,
  `registrationDate` datetime DEFAULT NULL,
  `registrationType` varchar(500) DEFAULT NULL,
  `regularityofMenstrualCycleId` int(2) DEFAULT NULL,
  `religionOthers` varchar(500) DEFAULT NULL,
  `reproductiveStatus` varchar(500) DEFAULT NULL,
  `reproductiveStatusId` int(2) DEFAULT NULL,
  `serverUpdatedStatus` int(2) DEFAULT NULL,
  `typeofSchoolID` int(2) DEFAULT NULL,
  `whoConductedDeliveryID` int(2) DEFAULT NULL,
  `nayiPahalDeliveryStatus` varchar(300) DEFAULT NULL,
  `nayiPahalDeliveryStatusPosition` int(11) DEFAULT NULL,
  `dateMarriage` datetime DEFAULT NULL,
  `noOfDaysForDelivery` int(11) DEFAULT NULL,
  `wardNo` int(11) DEFAULT NULL,
  `wardName` varchar(100) DEFAULT NULL,
  `mohallaName` varchar(300) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(500) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(500) DEFAULT NULL,
  `ReservedOn` varchar(500) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(500) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(500) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(500) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `deviceId` int(11) DEFAULT NULL,
  `beneficiaryId` bigint(20) DEFAULT NULL,
  `RelatedBeneficiaryIds` varchar(500) DEFAULT NULL,
  `HRPStatus` bit(1) DEFAULT NULL,
  `ImmunizationStatus` bit(1) DEFAULT NULL,
  `NishchayPregnancyStatus` varchar(100) DEFAULT NULL,
  `NishchayPregnancyStatusPosition` int(11) DEFAULT NULL,
  `NishchayDeliveryStatus` varchar(100) DEFAULT NULL,
  `NishchayDeliveryStatusPosition` int(11) DEFAULT NULL,
  `FamilyHeadRelation` varchar(100) DEFAULT NULL,
  `FamilyHeadRelationPosition` int(11) DEFAULT NULL,
  `MenstrualStatus` varchar(100) DEFAULT NULL,
  `ComplicationsOthers` varchar(100) DEFAULT NULL,
  `WhoConductedDelivery` varchar(100) DEFAULT NULL,
  `LastDeliveryConducted` varchar(100) DEFAULT NULL,
  `FacilitySelection` varchar(100) DEFAULT NULL,
  `DeliveryDate` varchar(100) DEFAULT NULL,
  `ChildRegisteredSchool` varchar(100) DEFAULT NULL,
  `TypeOfSchool` varchar(100) DEFAULT NULL,
  `isDeath` tinyint(1) DEFAULT NULL,
  `isDeathValue` varchar(50) DEFAULT NULL,
  `timeOfDeath` varchar(20) DEFAULT NULL,
  `reasonOfDeath` varchar(255) DEFAULT NULL,
  `reasonOfDeathId` int(11) DEFAULT NULL,
  `placeOfDeath` varchar(255) DEFAULT NULL,
  `placeOfDeathId` int(11) DEFAULT NULL,
  `otherPlaceOfDeath` varchar(255) DEFAULT NULL,
  `dateOfDeath` varchar(200) DEFAULT NULL,
  `isChildrenAdded` tinyint(1) DEFAULT NULL,
  `isMarried` tinyint(1) DEFAULT NULL,
  `doYouHavechildren` tinyint(1) DEFAULT NULL,
  `noOfchildren` int(11) DEFAULT NULL,
  `noofAlivechildren` int(11) DEFAULT NULL,
  `isSpouseAdded` tinyint(1) DEFAULT NULL,
  `isDeactivate` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`beneficiaryDetails_RmnchId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryfamilymapping`
--

DROP TABLE IF EXISTS `i_beneficiaryfamilymapping`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryfamilymapping` (
  `BenFamilyMapId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenMapId` bigint(20) DEFAULT NULL,
  `AssociatedBenRegID` bigint(20) DEFAULT NULL,
  `RelationshipID` int(11) DEFAULT NULL,
  `RelationshipToSelf` varchar(15) DEFAULT NULL,
  `IsEmergencyContact` bit(1) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenFamilyMapId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryidentity`
--

DROP TABLE IF EXISTS `i_beneficiaryidentity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryidentity` (
  `BenIdentityId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenMapId` bigint(20) NOT NULL,
  `IdentityName` varchar(20) DEFAULT NULL,
  `IdentityNameId` int(11) DEFAULT NULL,
  `IdentityType` varchar(20) DEFAULT NULL,
  `IdentityTypeId` int(11) DEFAULT NULL,
  `IdentityNo` varchar(30) DEFAULT NULL,
  `IdentityFilePath` varchar(100) DEFAULT NULL,
  `IssueDate` datetime DEFAULT NULL,
  `ExpiryDate` datetime DEFAULT NULL,
  `IsVerified` bit(1) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenIdentityId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiaryimage`
--

DROP TABLE IF EXISTS `i_beneficiaryimage`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryimage` (
  `BenImageId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenImage` longtext DEFAULT NULL,
  `BenBiometric` longtext DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenImageId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_beneficiarymapping`
--

DROP TABLE IF EXISTS `i_beneficiarymapping`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiarymapping` (
  `BenMapId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenRegId` bigint(20) NOT NULL,
  `BenDetailsId` bigint(20) NOT NULL,
  `BenAddressId` bigint(20) NOT NULL,
  `BenImageId` bigint(20) DEFAULT NULL,
  `BenContactsId` bigint(20) NOT NULL,
  `BenConsentId` bigint(20) DEFAULT NULL,
  `BenAccountID` bigint(20) DEFAULT NULL,
  `BenSecureStackId` int(11) DEFAULT NULL,
  `Deleted` bit(1) NOT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenMapId`),
  UNIQUE KEY `uk_1` (`BenAccountID`),
  UNIQUE KEY `uk_2` (`BenAddressId`),
  UNIQUE KEY `uk_3` (`BenConsentId`),
  UNIQUE KEY `uk_4` (`BenContactsId`),
  UNIQUE KEY `uk_5` (`BenDetailsId`),
  UNIQUE KEY `uk_6` (`BenImageId`),
  UNIQUE KEY `uk_7` (`BenRegId`),
  UNIQUE KEY `uk_8` (`BenSecureStackId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `i_beneficiarymapping`
--

LOCK TABLES `i_beneficiarymapping` WRITE;
/*!40000 ALTER TABLE `i_beneficiarymapping` DISABLE KEYS */;
INSERT INTO `i_beneficiarymapping` VALUES (1,1000000011,1,1,1,1,1,1,1,b'0','N','hemlata.b','2025-02-02 09:01:00',b'1','Reserv1','Reserv1',1,'hemlata.b','2025-02-02 09:01:00',1,1,'Vehica1',1,'hemlata.b','2025-02-02 09:01:00','Reserv1'),(2,1000000122,2,2,2,2,2,2,2,b'0','N','kalpana.s','2025-03-03 10:02:00',b'1','Reserv2','Reserv2',2,'kalpana.s','2025-03-03 10:02:00',2,2,'Vehica2',2,'kalpana.s','2025-03-03 10:02:00','Reserv2'),(3,1000000233,3,3,3,3,3,3,3,b'0','N','aparna.b','2025-04-04 11:03:00',b'1','Reserv3','Reserv3',3,'aparna.b','2025-04-04 11:03:00',3,3,'Vehica3',3,'aparna.b','2025-04-04 11:03:00','Reserv3'),(4,1000000344,4,4,4,4,4,4,4,b'0','N','hemlata.c','2025-05-05 12:04:00',b'1','Reserv4','Reserv4',4,'hemlata.c','2025-05-05 12:04:00',4,4,'Vehica4',4,'hemlata.c','2025-05-05 12:04:00','Reserv4'),(5,1000000455,5,5,5,5,5,5,5,b'0','N','malati.h','2025-06-06 13:05:00',b'1','Reserv5','Reserv5',5,'malati.h','2025-06-06 13:05:00',5,5,'Vehica5',5,'malati.h','2025-06-06 13:05:00','Reserv5'),(6,1000000566,6,6,6,6,6,6,6,b'0','N','vaishali.p','2025-07-07 14:06:00',b'1','Reserv6','Reserv6',6,'vaishali.p','2025-07-07 14:06:00',6,6,'Vehica6',6,'vaishali.p','2025-07-07 14:06:00','Reserv6'),(7,1000000677,7,7,7,7,7,7,7,b'0','N','Yashoda.T','2025-08-08 15:07:00',b'1','Reserv7','Reserv7',7,'Yashoda.T','2025-08-08 15:07:00',7,7,'Vehica7',7,'Yashoda.T','2025-08-08 15:07:00','Reserv7'),(8,1000000788,8,8,8,8,8,8,8,b'0','N','charulata.g','2025-09-09 16:08:00',b'1','Reserv8','Reserv8',8,'charulata.g','2025-09-09 16:08:00',8,8,'Vehica8',8,'charulata.g','2025-09-09 16:08:00','Reserv8'),(9,1000000899,9,9,9,9,9,9,9,b'0','N','urmila.m','2025-10-10 17:09:00',b'1','Reserv9','Reserv9',9,'urmila.m','2025-10-10 17:09:00',9,9,'Vehica9',9,'urmila.m','2025-10-10 17:09:00','Reserv9'),(10,1000001010,10,10,10,10,10,10,10,b'0','N','vaishali.m','2025-11-11 08:10:00',b'1','Reserv10','Reserv10',10,'vaishali.m','2025-11-11 08:10:00',10,10,'Vehica10',10,'vaishali.m','2025-11-11 08:10:00','Reserv10'),(11,1000001121,11,11,11,11,11,11,11,b'0','N','charulata.b','2025-12-12 09:11:00',b'1','Reserv11','Reserv11',11,'charulata.b','2025-12-12 09:11:00',11,11,'Vehica11',11,'charulata.b','2025-12-12 09:11:00','Reserv11'),(12,1000001232,12,12,12,12,12,12,12,b'0','N','kusum.t','2025-01-13 10:12:00',b'1','Reserv12','Reserv12',12,'kusum.t','2025-01-13 10:12:00',12,12,'Vehica12',12,'kusum.t','2025-01-13 10:12:00','Reserv12'),(13,1000001343,13,13,13,13,13,13,13,b'0','N','shalini.b','2025-02-14 11:13:00',b'1','Reserv13','Reserv13',13,'shalini.b','2025-02-14 11:13:00',13,13,'Vehica13',13,'shalini.b','2025-02-14 11:13:00','Reserv13'),(14,1000001454,14,14,14,14,14,14,14,b'0','N','trupti.b','2025-03-15 12:14:00',b'1','Reserv14','Reserv14',14,'trupti.b','2025-03-15 12:14:00',14,14,'Vehica14',14,'trupti.b','2025-03-15 12:14:00','Reserv14'),(15,1000001565,15,15,15,15,15,15,15,b'0','N','rukmini.d','2025-04-16 13:15:00',b'1','Reserv15','Reserv15',15,'rukmini.d','2025-04-16 13:15:00',15,15,'Vehica15',15,'rukmini.d','2025-04-16 13:15:00','Reserv15'),(16,1000001676,16,16,16,16,16,16,16,b'0','N','bhagyashree.c','2025-05-17 14:16:00',b'1','Reserv16','Reserv16',16,'bhagyashree.c','2025-05-17 14:16:00',16,16,'Vehica16',16,'bhagyashree.c','2025-05-17 14:16:00','Reserv16'),(17,1000001787,17,17,17,17,17,17,17,b'0','N','jayshree.m','2025-06-18 15:17:00',b'1','Reserv17','Reserv17',17,'jayshree.m','2025-06-18 15:17:00',17,17,'Vehica17',17,'jayshree.m','2025-06-18 15:17:00','Reserv17'),(18,1000001898,18,18,18,18,18,18,18,b'0','N','charulata.c','2025-07-19 16:18:00',b'1','Reserv18','Reserv18',18,'charulata.c','2025-07-19 16:18:00',18,18,'Vehica18',18,'charulata.c','2025-07-19 16:18:00','Reserv18'),(19,1000002009,19,19,19,19,19,19,19,b'0','N','leela.b','2025-08-20 17:19:00',b'1','Reserv19','Reserv19',19,'leela.b','2025-08-20 17:19:00',19,19,'Vehica19',19,'leela.b','2025-08-20 17:19:00','Reserv19'),(20,1000002120,20,20,20,20,20,20,20,b'0','N','shalini.t','2025-09-21 08:20:00',b'1','Reserv20','Reserv20',20,'shalini.t','2025-09-21 08:20:00',20,20,'Vehica20',20,'shalini.t','2025-09-21 08:20:00','Reserv20'),(21,1000002231,21,21,21,21,21,21,21,b'0','N','vaishali.s','2025-10-22 09:21:00',b'1','Reserv21','Reserv21',21,'vaishali.s','2025-10-22 09:21:00',21,21,'Vehica21',21,'vaishali.s','2025-10-22 09:21:00','Reserv21'),(22,1000002342,22,22,22,22,22,22,22,b'0','N','charulata.s','2025-11-23 10:22:00',b'1','Reserv22','Reserv22',22,'charulata.s','2025-11-23 10:22:00',22,22,'Vehica22',22,'charulata.s','2025-11-23 10:22:00','Reserv22'),(23,1000002453,23,23,23,23,23,23,23,b'0','N','admin','2025-12-24 11:23:00',b'1','Reserv23','Reserv23',23,'admin','2025-12-24 11:23:00',23,23,'Vehica23',23,'admin','2025-12-24 11:23:00','Reserv23'),(24,1000002564,24,24,24,24,24,24,24,b'0','N','vaishali.t','2025-01-25 12:24:00',b'1','Reserv24','Reserv24',24,'vaishali.t','2025-01-25 12:24:00',24,24,'Vehica24',24,'vaishali.t','2025-01-25 12:24:00','Reserv24'),(25,1000002675,25,25,25,25,25,25,25,b'0','N','trupti.b','2025-02-26 13:25:00',b'1','Reserv25','Reserv25',25,'trupti.b','2025-02-26 13:25:00',25,25,'Vehica25',25,'trupti.b','2025-02-26 13:25:00','Reserv25'),(26,1000002786,26,26,26,26,26,26,26,b'0','N','kalpana.p','2025-03-27 14:26:00',b'1','Reserv26','Reserv26',26,'kalpana.p','2025-03-27 14:26:00',26,26,'Vehica26',26,'kalpana.p','2025-03-27 14:26:00','Reserv26'),(27,1000002897,27,27,27,27,27,27,27,b'0','N','rukmini.c','2025-04-28 15:27:00',b'1','Reserv27','Reserv27',27,'rukmini.c','2025-04-28 15:27:00',27,27,'Vehica27',27,'rukmini.c','2025-04-28 15:27:00','Reserv27'),(28,1000003008,28,28,28,28,28,28,28,b'0','N','aparna.b','2025-05-01 16:28:00',b'1','Reserv28','Reserv28',28,'aparna.b','2025-05-01 16:28:00',28,28,'Vehica28',28,'aparna.b','2025-05-01 16:28:00','Reserv28'),(29,1000003119,29,29,29,29,29,29,29,b'0','N','malati.m','2025-06-02 17:29:00',b'1','Reserv29','Reserv29',29,'malati.m','2025-06-02 17:29:00',29,29,'Vehica29',29,'malati.m','2025-06-02 17:29:00','Reserv29'),(30,1000003230,30,30,30,30,30,30,30,b'0','N','Yashoda.S','2025-07-03 08:30:00',b'1','Reserv30','Reserv30',30,'Yashoda.S','2025-07-03 08:30:00',30,30,'Vehica30',30,'Yashoda.S','2025-07-03 08:30:00','Reserv30'),(31,1000003341,31,31,31,31,31,31,31,b'0','N','aparna.p','2025-08-04 09:31:00',b'1','Reserv31','Reserv31',31,'aparna.p','2025-08-04 09:31:00',31,31,'Vehica31',31,'aparna.p','2025-08-04 09:31:00','Reserv31'),(32,1000003452,32,32,32,32,32,32,32,b'0','N','hemlata.n','2025-09-05 10:32:00',b'1','Reserv32','Reserv32',32,'hemlata.n','2025-09-05 10:32:00',32,32,'Vehica32',32,'hemlata.n','2025-09-05 10:32:00','Reserv32'),(33,1000003563,33,33,33,33,33,33,33,b'0','N','hemlata.u','2025-10-06 11:33:00',b'1','Reserv33','Reserv33',33,'hemlata.u','2025-10-06 11:33:00',33,33,'Vehica33',33,'hemlata.u','2025-10-06 11:33:00','Reserv33'),(34,1000003674,34,34,34,34,34,34,34,b'0','N','bhagyashree.t','2025-11-07 12:34:00',b'1','Reserv34','Reserv34',34,'bhagyashree.t','2025-11-07 12:34:00',34,34,'Vehica34',34,'bhagyashree.t','2025-11-07 12:34:00','Reserv34'),(35,1000003785,35,35,35,35,35,35,35,b'0','N','ekta.g','2025-12-08 13:35:00',b'1','Reserv35','Reserv35',35,'ekta.g','2025-12-08 13:35:00',35,35,'Vehica35',35,'ekta.g','2025-12-08 13:35:00','Reserv35'),(36,1000003896,36,36,36,36,36,36,36,b'0','N','jayshree.m','2025-01-09 14:36:00',b'1','Reserv36','Reserv36',36,'jayshree.m','2025-01-09 14:36:00',36,36,'Vehica36',36,'jayshree.m','2025-01-09 14:36:00','Reserv36'),(37,1000004007,37,37,37,37,37,37,37,b'0','N','damayanti.b','2025-02-10 15:37:00',b'1','Reserv37','Reserv37',37,'damayanti.b','2025-02-10 15:37:00',37,37,'Vehica37',37,'damayanti.b','2025-02-10 15:37:00','Reserv37'),(38,1000004118,38,38,38,38,38,38,38,b'0','N','padmini.p','2025-03-11 16:38:00',b'1','Reserv38','Reserv38',38,'padmini.p','2025-03-11 16:38:00',38,38,'Vehica38',38,'padmini.p','2025-03-11 16:38:00','Reserv38'),(39,1000004229,39,39,39,39,39,39,39,b'0','N','leela.b','2025-04-12 17:39:00',b'1','Reserv39','Reserv39',39,'leela.b','2025-04-12 17:39:00',39,39,'Vehica39',39,'leela.b','2025-04-12 17:39:00','Reserv39'),(40,1000004340,40,40,40,40,40,40,40,b'0','N','malati.k','2025-05-13 08:40:00',b'1','Reserv40','Reserv40',40,'malati.k','2025-05-13 08:40:00',40,40,'Vehica40',40,'malati.k','2025-05-13 08:40:00','Reserv40'),(41,1000004451,41,41,41,41,41,41,41,b'0','N','damayanti.t','2025-06-14 09:41:00',b'1','Reserv41','Reserv41',41,'damayanti.t','2025-06-14 09:41:00',41,41,'Vehica41',41,'damayanti.t','2025-06-14 09:41:00','Reserv41'),(42,1000004562,42,42,42,42,42,42,42,b'0','N','charulata.k','2025-07-15 10:42:00',b'1','Reserv42','Reserv42',42,'charulata.k','2025-07-15 10:42:00',42,42,'Vehica42',42,'charulata.k','2025-07-15 10:42:00','Reserv42'),(43,1000004673,43,43,43,43,43,43,43,b'0','N','nirmala.c','2025-08-16 11:43:00',b'1','Reserv43','Reserv43',43,'nirmala.c','2025-08-16 11:43:00',43,43,'Vehica43',43,'nirmala.c','2025-08-16 11:43:00','Reserv43'),(44,1000004784,44,44,44,44,44,44,44,b'0','N','kusum.t','2025-09-17 12:44:00',b'1','Reserv44','Reserv44',44,'kusum.t','2025-09-17 12:44:00',44,44,'Vehica44',44,'kusum.t','2025-09-17 12:44:00','Reserv44'),(45,1000004895,45,45,45,45,45,45,45,b'0','N','shalini.d','2025-10-18 13:45:00',b'1','Reserv45','Reserv45',45,'shalini.d','2025-10-18 13:45:00',45,45,'Vehica45',45,'shalini.d','2025-10-18 13:45:00','Reserv45'),(46,1000005006,46,46,46,46,46,46,46,b'0','N','admin','2025-11-19 14:46:00',b'1','Reserv46','Reserv46',46,'admin','2025-11-19 14:46:00',46,46,'Vehica46',46,'admin','2025-11-19 14:46:00','Reserv46'),(47,1000005117,47,47,47,47,47,47,47,b'0','N','aparna.u','2025-12-20 15:47:00',b'1','Reserv47','Reserv47',47,'aparna.u','2025-12-20 15:47:00',47,47,'Vehica47',47,'aparna.u','2025-12-20 15:47:00','Reserv47'),(48,1000005228,48,48,48,48,48,48,48,b'0','N','jayshree.t','2025-01-21 16:48:00',b'1','Reserv48','Reserv48',48,'jayshree.t','2025-01-21 16:48:00',48,48,'Vehica48',48,'jayshree.t','2025-01-21 16:48:00','Reserv48'),(49,1000005339,49,49,49,49,49,49,49,b'0','N','yashoda.p','2025-02-22 17:49:00',b'1','Reserv49','Reserv49',49,'yashoda.p','2025-02-22 17:49:00',49,49,'Vehica49',49,'yashoda.p','2025-02-22 17:49:00','Reserv49'),(50,1000005450,50,50,50,50,50,50,50,b'0','N','hemlata.m','2025-03-23 08:50:00',b'1','Reserv50','Reserv50',50,'hemlata.m','2025-03-23 08:50:00',50,50,'Vehica50',50,'hemlata.m','2025-03-23 08:50:00','Reserv50'),(51,1000005561,51,51,51,51,51,51,51,b'0','N','kusum.b','2025-04-24 09:51:00',b'1','Reserv51','Reserv51',51,'kusum.b','2025-04-24 09:51:00',51,51,'Vehica51',51,'kusum.b','2025-04-24 09:51:00','Reserv51'),(52,1000005672,52,52,52,52,52,52,52,b'0','N','trupti.c','2025-05-25 10:52:00',b'1','Reserv52','Reserv52',52,'trupti.c','2025-05-25 10:52:00',52,52,'Vehica52',52,'trupti.c','2025-05-25 10:52:00','Reserv52'),(53,1000005783,53,53,53,53,53,53,53,b'0','N','Aparna.N','2025-06-26 11:53:00',b'1','Reserv53','Reserv53',53,'Aparna.N','2025-06-26 11:53:00',53,53,'Vehica53',53,'Aparna.N','2025-06-26 11:53:00','Reserv53'),(54,1000005894,54,54,54,54,54,54,54,b'0','N','kusum.m','2025-07-27 12:54:00',b'1','Reserv54','Reserv54',54,'kusum.m','2025-07-27 12:54:00',54,54,'Vehica54',54,'kusum.m','2025-07-27 12:54:00','Reserv54'),(55,1000006005,55,55,55,55,55,55,55,b'0','N','hemlata.m','2025-08-28 13:55:00',b'1','Reserv55','Reserv55',55,'hemlata.m','2025-08-28 13:55:00',55,55,'Vehica55',55,'hemlata.m','2025-08-28 13:55:00','Reserv55'),(56,1000006116,56,56,56,56,56,56,56,b'0','N','bhagyashree.s','2025-09-01 14:56:00',b'1','Reserv56','Reserv56',56,'bhagyashree.s','2025-09-01 14:56:00',56,56,'Vehica56',56,'bhagyashree.s','2025-09-01 14:56:00','Reserv56'),(57,1000006227,57,57,57,57,57,57,57,b'0','N','charulata.m','2025-10-02 15:57:00',b'1','Reserv57','Reserv57',57,'charulata.m','2025-10-02 15:57:00',57,57,'Vehica57',57,'charulata.m','2025-10-02 15:57:00','Reserv57'),(58,1000006338,58,58,58,58,58,58,58,b'0','N','malati.s','2025-11-03 16:58:00',b'1','Reserv58','Reserv58',58,'malati.s','2025-11-03 16:58:00',58,58,'Vehica58',58,'malati.s','2025-11-03 16:58:00','Reserv58'),(59,1000006449,59,59,59,59,59,59,59,b'0','N','jayshree.b','2025-12-04 17:59:00',b'1','Reserv59','Reserv59',59,'jayshree.b','2025-12-04 17:59:00',59,59,'Vehica59',59,'jayshree.b','2025-12-04 17:59:00','Reserv59'),(60,1000006560,60,60,60,60,60,60,60,b'0','N','ekta.p','2025-01-05 08:00:00',b'1','Reserv60','Reserv60',60,'ekta.p','2025-01-05 08:00:00',60,60,'Vehica60',60,'ekta.p','2025-01-05 08:00:00','Reserv60'),(61,1000006671,61,61,61,61,61,61,61,b'0','N','urmila.k','2025-02-06 09:01:00',b'1','Reserv61','Reserv61',61,'urmila.k','2025-02-06 09:01:00',61,61,'Vehica61',61,'urmila.k','2025-02-06 09:01:00','Reserv61'),(62,1000006782,62,62,62,62,62,62,62,b'0','N','gayatri.s','2025-03-07 10:02:00',b'1','Reserv62','Reserv62',62,'gayatri.s','2025-03-07 10:02:00',62,62,'Vehica62',62,'gayatri.s','2025-03-07 10:02:00','Reserv62'),(63,1000006893,63,63,63,63,63,63,63,b'0','N','yashoda.n','2025-04-08 11:03:00',b'1','Reserv63','Reserv63',63,'yashoda.n','2025-04-08 11:03:00',63,63,'Vehica63',63,'yashoda.n','2025-04-08 11:03:00','Reserv63'),(64,1000007004,64,64,64,64,64,64,64,b'0','N','nirmala.c','2025-05-09 12:04:00',b'1','Reserv64','Reserv64',64,'nirmala.c','2025-05-09 12:04:00',64,64,'Vehica64',64,'nirmala.c','2025-05-09 12:04:00','Reserv64'),(65,1000007115,65,65,65,65,65,65,65,b'0','N','vaishali.c','2025-06-10 13:05:00',b'1','Reserv65','Reserv65',65,'vaishali.c','2025-06-10 13:05:00',65,65,'Vehica65',65,'vaishali.c','2025-06-10 13:05:00','Reserv65'),(66,1000007226,66,66,66,66,66,66,66,b'0','N','bhagyashree.g','2025-07-11 14:06:00',b'1','Reserv66','Reserv66',66,'bhagyashree.g','2025-07-11 14:06:00',66,66,'Vehica66',66,'bhagyashree.g','2025-07-11 14:06:00','Reserv66'),(67,1000007337,67,67,67,67,67,67,67,b'0','N','gayatri.d','2025-08-12 15:07:00',b'1','Reserv67','Reserv67',67,'gayatri.d','2025-08-12 15:07:00',67,67,'Vehica67',67,'gayatri.d','2025-08-12 15:07:00','Reserv67'),(68,1000007448,68,68,68,68,68,68,68,b'0','N','urmila.k','2025-09-13 16:08:00',b'1','Reserv68','Reserv68',68,'urmila.k','2025-09-13 16:08:00',68,68,'Vehica68',68,'urmila.k','2025-09-13 16:08:00','Reserv68'),(69,1000007559,69,69,69,69,69,69,69,b'0','N','admin','2025-10-14 17:09:00',b'1','Reserv69','Reserv69',69,'admin','2025-10-14 17:09:00',69,69,'Vehica69',69,'admin','2025-10-14 17:09:00','Reserv69'),(70,1000007670,70,70,70,70,70,70,70,b'0','N','charulata.c','2025-11-15 08:10:00',b'1','Reserv70','Reserv70',70,'charulata.c','2025-11-15 08:10:00',70,70,'Vehica70',70,'charulata.c','2025-11-15 08:10:00','Reserv70'),(71,1000007781,71,71,71,71,71,71,71,b'0','N','damayanti.k','2025-12-16 09:11:00',b'1','Reserv71','Reserv71',71,'damayanti.k','2025-12-16 09:11:00',71,71,'Vehica71',71,'damayanti.k','2025-12-16 09:11:00','Reserv71'),(72,1000007892,72,72,72,72,72,72,72,b'0','N','damayanti.b','2025-01-17 10:12:00',b'1','Reserv72','Reserv72',72,'damayanti.b','2025-01-17 10:12:00',72,72,'Vehica72',72,'damayanti.b','2025-01-17 10:12:00','Reserv72'),(73,1000008003,73,73,73,73,73,73,73,b'0','N','trupti.b','2025-02-18 11:13:00',b'1','Reserv73','Reserv73',73,'trupti.b','2025-02-18 11:13:00',73,73,'Vehica73',73,'trupti.b','2025-02-18 11:13:00','Reserv73'),(74,1000008114,74,74,74,74,74,74,74,b'0','N','kalpana.t','2025-03-19 12:14:00',b'1','Reserv74','Reserv74',74,'kalpana.t','2025-03-19 12:14:00',74,74,'Vehica74',74,'kalpana.t','2025-03-19 12:14:00','Reserv74'),(75,1000008225,75,75,75,75,75,75,75,b'0','N','shalini.k','2025-04-20 13:15:00',b'1','Reserv75','Reserv75',75,'shalini.k','2025-04-20 13:15:00',75,75,'Vehica75',75,'shalini.k','2025-04-20 13:15:00','Reserv75'),(76,1000008336,76,76,76,76,76,76,76,b'0','N','Urmila.P','2025-05-21 14:16:00',b'1','Reserv76','Reserv76',76,'Urmila.P','2025-05-21 14:16:00',76,76,'Vehica76',76,'Urmila.P','2025-05-21 14:16:00','Reserv76'),(77,1000008447,77,77,77,77,77,77,77,b'0','N','gayatri.k','2025-06-22 15:17:00',b'1','Reserv77','Reserv77',77,'gayatri.k','2025-06-22 15:17:00',77,77,'Vehica77',77,'gayatri.k','2025-06-22 15:17:00','Reserv77'),(78,1000008558,78,78,78,78,78,78,78,b'0','N','shalini.d','2025-07-23 16:18:00',b'1','Reserv78','Reserv78',78,'shalini.d','2025-07-23 16:18:00',78,78,'Vehica78',78,'shalini.d','2025-07-23 16:18:00','Reserv78'),(79,1000008669,79,79,79,79,79,79,79,b'0','N','hemlata.s','2025-08-24 17:19:00',b'1','Reserv79','Reserv79',79,'hemlata.s','2025-08-24 17:19:00',79,79,'Vehica79',79,'hemlata.s','2025-08-24 17:19:00','Reserv79'),(80,1000008780,80,80,80,80,80,80,80,b'0','N','kalpana.u','2025-09-25 08:20:00',b'1','Reserv80','Reserv80',80,'kalpana.u','2025-09-25 08:20:00',80,80,'Vehica80',80,'kalpana.u','2025-09-25 08:20:00','Reserv80'),(81,1000008891,81,81,81,81,81,81,81,b'0','N','kusum.p','2025-10-26 09:21:00',b'1','Reserv81','Reserv81',81,'kusum.p','2025-10-26 09:21:00',81,81,'Vehica81',81,'kusum.p','2025-10-26 09:21:00','Reserv81'),(82,1000009002,82,82,82,82,82,82,82,b'0','N','kalpana.k','2025-11-27 10:22:00',b'1','Reserv82','Reserv82',82,'kalpana.k','2025-11-27 10:22:00',82,82,'Vehica82',82,'kalpana.k','2025-11-27 10:22:00','Reserv82'),(83,1000009113,83,83,83,83,83,83,83,b'0','N','padmini.c','2025-12-28 11:23:00',b'1','Reserv83','Reserv83',83,'padmini.c','2025-12-28 11:23:00',83,83,'Vehica83',83,'padmini.c','2025-12-28 11:23:00','Reserv83'),(84,1000009224,84,84,84,84,84,84,84,b'0','N','padmini.n','2025-01-01 12:24:00',b'1','Reserv84','Reserv84',84,'padmini.n','2025-01-01 12:24:00',84,84,'Vehica84',84,'padmini.n','2025-01-01 12:24:00','Reserv84'),(85,1000009335,85,85,85,85,85,85,85,b'0','N','shalini.g','2025-02-02 13:25:00',b'1','Reserv85','Reserv85',85,'shalini.g','2025-02-02 13:25:00',85,85,'Vehica85',85,'shalini.g','2025-02-02 13:25:00','Reserv85'),(86,1000009446,86,86,86,86,86,86,86,b'0','N','malati.h','2025-03-03 14:26:00',b'1','Reserv86','Reserv86',86,'malati.h','2025-03-03 14:26:00',86,86,'Vehica86',86,'malati.h','2025-03-03 14:26:00','Reserv86'),(87,1000009557,87,87,87,87,87,87,87,b'0','N','aparna.s','2025-04-04 15:27:00',b'1','Reserv87','Reserv87',87,'aparna.s','2025-04-04 15:27:00',87,87,'Vehica87',87,'aparna.s','2025-04-04 15:27:00','Reserv87'),(88,1000009668,88,88,88,88,88,88,88,b'0','N','aparna.h','2025-05-05 16:28:00',b'1','Reserv88','Reserv88',88,'aparna.h','2025-05-05 16:28:00',88,88,'Vehica88',88,'aparna.h','2025-05-05 16:28:00','Reserv88'),(89,1000009779,89,89,89,89,89,89,89,b'0','N','bhagyashree.m','2025-06-06 17:29:00',b'1','Reserv89','Reserv89',89,'bhagyashree.m','2025-06-06 17:29:00',89,89,'Vehica89',89,'bhagyashree.m','2025-06-06 17:29:00','Reserv89'),(90,1000009890,90,90,90,90,90,90,90,b'0','N','nirmala.t','2025-07-07 08:30:00',b'1','Reserv90','Reserv90',90,'nirmala.t','2025-07-07 08:30:00',90,90,'Vehica90',90,'nirmala.t','2025-07-07 08:30:00','Reserv90'),(91,1000010001,91,91,91,91,91,91,91,b'0','N','trupti.t','2025-08-08 09:31:00',b'1','Reserv91','Reserv91',91,'trupti.t','2025-08-08 09:31:00',91,91,'Vehica91',91,'trupti.t','2025-08-08 09:31:00','Reserv91'),(92,1000010112,92,92,92,92,92,92,92,b'0','N','admin','2025-09-09 10:32:00',b'1','Reserv92','Reserv92',92,'admin','2025-09-09 10:32:00',92,92,'Vehica92',92,'admin','2025-09-09 10:32:00','Reserv92'),(93,1000010223,93,93,93,93,93,93,93,b'0','N','gayatri.n','2025-10-10 11:33:00',b'1','Reserv93','Reserv93',93,'gayatri.n','2025-10-10 11:33:00',93,93,'Vehica93',93,'gayatri.n','2025-10-10 11:33:00','Reserv93'),(94,1000010334,94,94,94,94,94,94,94,b'0','N','jayshree.s','2025-11-11 12:34:00',b'1','Reserv94','Reserv94',94,'jayshree.s','2025-11-11 12:34:00',94,94,'Vehica94',94,'jayshree.s','2025-11-11 12:34:00','Reserv94'),(95,1000010445,95,95,95,95,95,95,95,b'0','N','aparna.b','2025-12-12 13:35:00',b'1','Reserv95','Reserv95',95,'aparna.b','2025-12-12 13:35:00',95,95,'Vehica95',95,'aparna.b','2025-12-12 13:35:00','Reserv95');
/*!40000 ALTER TABLE `i_beneficiarymapping` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `i_beneficiaryservicemapping`
--

DROP TABLE IF EXISTS `i_beneficiaryservicemapping`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_beneficiaryservicemapping` (
  `BenServiceMapID` bigint(20) NOT NULL AUTO_INCREMENT,
  `BenMapID` bigint(20) NOT NULL,
  `ServiceId` int(15) DEFAULT NULL,
  `ServiceName` varchar(45) DEFAULT NULL,
  `StateId` int(15) DEFAULT NULL,
  `StateName` varchar(45) DEFAULT NULL,
  `ServiceProviderId` int(15) DEFAULT NULL,
  `ServiceProviderName` varchar(45) DEFAULT NULL,
  `ProviderServiceMapId` int(15) DEFAULT NULL,
  `FirstAvailedOn` datetime DEFAULT NULL,
  `RegisteredById` int(15) DEFAULT NULL,
  `RegisteredByName` varchar(45) DEFAULT NULL,
  `RegisteredDate` datetime DEFAULT NULL,
  `Deleted` bit(1) NOT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedOn` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenServiceMapID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_bornbirthdeatils`
--

DROP TABLE IF EXISTS `i_bornbirthdeatils`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_bornbirthdeatils` (
  `BornBirthDeatilsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `beneficiaryId` bigint(20) DEFAULT NULL,
  `countryid` int(2) DEFAULT NULL,
  `bcdBatchNo` varchar(500) DEFAULT NULL,
  `bcgDate` datetime DEFAULT NULL,
  `bcgGivenDueDate` datetime DEFAULT NULL,
  `birthDefects` varchar(500) DEFAULT NULL,
  `birthDefectsOthers` varchar(500) DEFAULT NULL,
  `birthDefectsid` int(2) DEFAULT NULL,
  `birthDosage` varchar(500) DEFAULT NULL,
  `birthDosageid` int(2) DEFAULT NULL,
  `birthPlace` varchar(500) DEFAULT NULL,
  `birthPlaceid` int(2) DEFAULT NULL,
  `childName` varchar(500) DEFAULT NULL,
  `complecations` varchar(500) DEFAULT NULL,
  `complecationsid` int(2) DEFAULT NULL,
  `conductedDelivery` varchar(500) DEFAULT NULL,
  `conductedDeliveryOther` varchar(500) DEFAULT NULL,
  `conductedDeliveryid` int(2) DEFAULT NULL,
  `corticosteroidGivenMother` varchar(500) DEFAULT NULL,
  `corticosteroidGivenMotherid` int(2) DEFAULT NULL,
  `criedImmediately` varchar(500) DEFAULT NULL,
  `criedImmediatelyid` int(2) DEFAULT NULL,
  `deliveryType` varchar(500) DEFAULT NULL,
  `deliveryTypeOther` varchar(500) DEFAULT NULL,
  `deliveryTypeid` int(2) DEFAULT NULL,
  `facilityName` varchar(500) DEFAULT NULL,
  `facilityOther` varchar(500) DEFAULT NULL,
  `facilityid` int(2) DEFAULT NULL,
  `feedingStarted` varchar(500) DEFAULT NULL,
  `feedingStartedid` int(2) DEFAULT NULL,
  `gestationalAge` varchar(500) DEFAULT NULL,
  `gestationalAgeid` int(2) DEFAULT NULL,
  `heightAtBirth` int(2) DEFAULT NULL,
  `hptDate` datetime DEFAULT NULL,
  `hptGivenDueDate` datetime DEFAULT NULL,
  `hptdBatchNo` varchar(500) DEFAULT NULL,
  `hptdBatchID` int(2) DEFAULT NULL,
  `opvBatchNo` varchar(500) DEFAULT NULL,
  `opvDate` datetime DEFAULT NULL,
  `opvGivenDueDate` datetime DEFAULT NULL,
  `placeName` varchar(500) DEFAULT NULL,
  `serverUpdatedStatus` int(2) DEFAULT NULL,
  `term` varchar(500) DEFAULT NULL,
  `termid` int(2) DEFAULT NULL,
  `vitaminkBatchNo` varchar(500) DEFAULT NULL,
  `vitaminkDate` datetime DEFAULT NULL,
  `vitaminkGivenDueDate` datetime DEFAULT NULL,
  `weightAtBirth` decimal(5,2) DEFAULT NULL,
  `stateid` int(11) DEFAULT NULL,
  `districtid` int(11) DEFAULT NULL,
  `villageid` int(11) DEFAULT NULL,
  `birthBCG` bit(1) DEFAULT NULL,
  `birthHepB` bit(1) DEFAULT NULL,
  `birthOPV` bit(1) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(500) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(500) DEFAULT NULL,
  `ReservedOn` varchar(500) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(500) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(500) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(500) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `deviceId` int(11) DEFAULT NULL,
  `ComplicationsOther` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`BornBirthDeatilsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_cbacdetails`
--

DROP TABLE IF EXISTS `i_cbacdetails`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_cbacdetails` (
  `CBACDetailsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `cbac_age` varchar(500) DEFAULT NULL,
  `cbac_age_posi` int(2) DEFAULT NULL,
  `cbac_alcohol` varchar(500) DEFAULT NULL,
  `cbac_alcohol_posi` int(2) DEFAULT NULL,
  `cbac_antitbdrugs` varchar(500) DEFAULT NULL,
  `cbac_antitbdrugs_pos` int(2) DEFAULT NULL,
  `cbac_bleedingafterintercourse` varchar(500) DEFAULT NULL,
  `cbac_bleedingafterintercourse_pos` int(2) DEFAULT NULL,
  `cbac_bleedingaftermenopause` varchar(500) DEFAULT NULL,
  `cbac_bleedingaftermenopause_pos` int(2) DEFAULT NULL,
  `cbac_bleedingbtwnperiods` varchar(500) DEFAULT NULL,
  `cbac_bleedingbtwnperiods_pos` int(2) DEFAULT NULL,
  `cbac_blooddischage` varchar(500) DEFAULT NULL,
  `cbac_blooddischage_pos` int(2) DEFAULT NULL,
  `cbac_bloodsputum` varchar(500) DEFAULT NULL,
  `cbac_bloodsputum_pos` int(2) DEFAULT NULL,
  `cbac_changeinbreast` varchar(500) DEFAULT NULL,
  `cbac_changeinbreast_pos` int(2) DEFAULT NULL,
  `cbac_coughing` varchar(500) DEFAULT NULL,
  `cbac_coughing_pos` int(2) DEFAULT NULL,
  `cbac_difficultyinmouth` varchar(500) DEFAULT NULL,
  `cbac_difficultyinmouth_pos` int(2) DEFAULT NULL,
  `cbac_familyhistory` varchar(500) DEFAULT NULL,
  `cbac_familyhistory_posi` int(2) DEFAULT NULL,
  `cbac_fivermore` varchar(500) DEFAULT NULL,
  `cbac_fivermore_pos` int(2) DEFAULT NULL,
  `cbac_foulveginaldischarge` varchar(500) DEFAULT NULL,
  `cbac_foulveginaldischarge_pos` int(2) DEFAULT NULL,
  `cbac_historyoffits` varchar(500) DEFAULT NULL,
  `cbac_historyoffits_pos` int(2) DEFAULT NULL,
  `cbac_loseofweight` varchar(500) DEFAULT NULL,
  `cbac_loseofweight_pos` int(2) DEFAULT NULL,
  `cbac_lumpinbreast` varchar(500) DEFAULT NULL,
  `cbac_lumpinbreast_pos` int(2) DEFAULT NULL,
  `cbac_nightsweats` varchar(500) DEFAULT NULL,
  `cbac_nightsweats_pos` int(2) DEFAULT NULL,
  `cbac_pa` varchar(500) DEFAULT NULL,
  `cbac_pa_posi` int(2) DEFAULT NULL,
  `cbac_referpatient_mo` int(2) DEFAULT NULL,
  `cbac_smoke` varchar(500) DEFAULT NULL,
  `cbac_smoke_posi` int(2) DEFAULT NULL,
  `cbac_sortnesofbirth` varchar(500) DEFAULT NULL,
  `cbac_sortnesofbirth_pos` int(2) DEFAULT NULL,
  `cbac_sputemcollection` int(2) DEFAULT NULL,
  `cbac_sufferingtb` varchar(500) DEFAULT NULL,
  `cbac_sufferingtb_pos` int(2) DEFAULT NULL,
  `cbac_tbhistory` varchar(500) DEFAULT NULL,
  `cbac_tbhistory_pos` int(2) DEFAULT NULL,
  `cbac_toneofvoice` varchar(500) DEFAULT NULL,
  `cbac_toneofvoice_pos` int(11) DEFAULT NULL,
  `cbac_tracing_all_fm` varchar(500) DEFAULT NULL,
  `cbac_uicers` varchar(500) DEFAULT NULL,
  `cbac_uicers_pos` int(11) DEFAULT NULL,
  `cbac_waist` varchar(500) DEFAULT NULL,
  `cbac_waist_posi` int(11) DEFAULT NULL,
  `houseoldId` bigint(20) DEFAULT NULL,
  `countryid` int(11) DEFAULT NULL,
  `stateid` int(11) DEFAULT NULL,
  `districtid` int(11) DEFAULT NULL,
  `districtname` varchar(500) DEFAULT NULL,
  `villageid` int(11) DEFAULT NULL,
  `serverUpdatedStatus` int(11) DEFAULT NULL,
  `total_score` int(11) DEFAULT NULL,
  `cbac_Pain_while_chewing` varchar(45) DEFAULT NULL,
  `cbac_Pain_while_chewing_posi` int(2) DEFAULT NULL,
  `cbac_any_thickend_skin` varchar(45) DEFAULT NULL,
  `cbac_any_thickend_skin_posi` int(2) DEFAULT NULL,
  `cbac_clawing_of_fingers` varchar(45) DEFAULT NULL,
  `cbac_clawing_of_fingers_posi` int(2) DEFAULT NULL,
  `cbac_diff_holding_obj` varchar(45) DEFAULT NULL,
  `cbac_diff_holding_obj_posi` int(2) DEFAULT NULL,
  `cbac_feeling_down` varchar(200) DEFAULT NULL,
  `cbac_feeling_down_posi` int(2) DEFAULT NULL,
  `cbac_feeling_down_score` int(2) DEFAULT NULL,
  `cbac_fuel_used` varchar(45) DEFAULT NULL,
  `cbac_fuel_used_posi` int(2) DEFAULT NULL,
  `cbac_growth_in_mouth` varchar(45) DEFAULT NULL,
  `cbac_growth_in_mouth_posi` int(2) DEFAULT NULL,
  `cbac_hyper_pigmented_patch` varchar(45) DEFAULT NULL,
  `cbac_hyper_pigmented_patch_posi` int(2) DEFAULT NULL,
  `cbac_inability_close_eyelid` varchar(45) DEFAULT NULL,
  `cbac_inability_close_eyelid_posi` int(2) DEFAULT NULL,
  `cbac_little_interest` varchar(45) DEFAULT NULL,
  `cbac_little_interest_posi` int(2) DEFAULT NULL,
  `cbac_little_interest_score` int(2) DEFAULT NULL,
  `cbac_nodules_on_skin` varchar(45) DEFAULT NULL,
  `cbac_nodules_on_skin_posi` int(2) DEFAULT NULL,
  `cbac_numbness_on_palm` varchar(45) DEFAULT NULL,
  `cbac_numbness_on_palm_posi` int(2) DEFAULT NULL,
  `cbac_occupational_exposure` varchar(200) DEFAULT NULL,
  `cbac_occupational_exposure_posi` int(2) DEFAULT NULL,
  `cbac_tingling_or_numbness` varchar(45) DEFAULT NULL,
  `cbac_tingling_or_numbness_posi` int(2) DEFAULT NULL,
  `cbac_weekness_in_feet` varchar(45) DEFAULT NULL,
  `cbac_weekness_in_feet_posi` int(2) DEFAULT NULL,
  `suspected_hrp` varchar(45) DEFAULT NULL,
  `suspected_ncd` varchar(45) DEFAULT NULL,
  `suspected_tb` varchar(45) DEFAULT NULL,
  `suspected_ncd_diseases` varchar(300) DEFAULT NULL,
  `confirmed_ncd` varchar(45) DEFAULT NULL,
  `confirmed_hrp` varchar(45) DEFAULT NULL,
  `confirmed_tb` varchar(45) DEFAULT NULL,
  `confirmed_ncd_diseases` varchar(300) DEFAULT NULL,
  `diagnosis_status` varchar(45) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(500) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(500) DEFAULT NULL,
  `ReservedOn` varchar(500) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(500) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(500) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(500) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `deviceId` int(11) DEFAULT NULL,
  `beneficiaryId` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`CBACDetailsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `i_householddetails`
--

DROP TABLE IF EXISTS `i_householddetails`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `i_householddetails` (
  `houseHoldDetailsId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryRegID` bigint(20) DEFAULT NULL,
  `Countyid` int(11) DEFAULT NULL,
  `availabilityofToilet` varchar(500) DEFAULT NULL,
  `availabilityofToiletId` int(2) DEFAULT NULL,
  `avalabilityofElectricity` varchar(500) DEFAULT NULL,
  `avalabilityofElectricityId` int(2) DEFAULT NULL,
  `block` varchar(500) DEFAULT NULL,
  `bpl_aplId` int(2) DEFAULT NULL,
  `colony` varchar(500) DEFAULT NULL,
  `district` varchar(500) DEFAULT NULL,
  `districtid` int(2) DEFAULT NULL,
  `districtname` varchar(500) DEFAULT NULL,
  `familyHeadName` varchar(500) DEFAULT NULL,
  `familyHeadPhoneNo` varchar(500) DEFAULT NULL,
  `familyName` varchar(500) DEFAULT NULL,
  `fuelUsed` varchar(500) DEFAULT NULL,
  `fuelUsedId` int(2) DEFAULT NULL,
  `houseOwnerShip` varchar(500) DEFAULT NULL,
  `houseOwnerShipId` int(2) DEFAULT NULL,
  `houseType` varchar(500) DEFAULT NULL,
  `houseTypeId` int(2) DEFAULT NULL,
  `houseno` varchar(500) DEFAULT NULL,
  `houseoldId` bigint(20) DEFAULT NULL,
  `landIrregatedId` int(2) DEFAULT NULL,
  `landOwnedId` int(2) DEFAULT NULL,
  `liveStockOwnerShipId` int(2) DEFAULT NULL,
  `motarizedVehicleId` int(2) DEFAULT NULL,
  `other_availabilityofToilet` varchar(500) DEFAULT NULL,
  `other_avalabilityofElectricity` varchar(500) DEFAULT NULL,
  `other_fuelUsed` varchar(500) DEFAULT NULL,
  `other_houseType` varchar(500) DEFAULT NULL,
  `other_motarizedVehicle` varchar(500) DEFAULT NULL,
  `other_residentialArea` varchar(500) DEFAULT NULL,
  `other_sourceofDrinkingWater` varchar(500) DEFAULT NULL,
  `pincode` int(11) DEFAULT NULL,
  `rationCardDetails` varchar(500) DEFAULT NULL,
  `residentialArea` varchar(500) DEFAULT NULL,
  `residentialAreaId` int(2) DEFAULT NULL,
  `seperateKitchen` varchar(500) DEFAULT NULL,
  `seperateKitchenId` int(2) DEFAULT NULL,
  `serverUpdatedStatus` int(2) DEFAULT NULL,
  `sourceofDrinkingWater` varchar(500) DEFAULT NULL,
  `sourceofDrinkingWaterId` int(2) DEFAULT NULL,
  `state` varchar(500) DEFAULT NULL,
  `stateid` int(11) DEFAULT NULL,
  `street` varchar(500) DEFAULT NULL,
  `type_bpl_apl` varchar(500) DEFAULT NULL,
  `village` varchar(500) DEFAULT NULL,
  `villageid` int(11) DEFAULT NULL,
  `houseNum` varchar(200) DEFAULT NULL,
  `wardNo` varchar(100) DEFAULT NULL,
  `wardName` varchar(100) DEFAULT NULL,
  `mohallaName` varchar(300) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `CreatedBy` varchar(500) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(500) DEFAULT NULL,
  `ReservedOn` varchar(500) DEFAULT NULL,
  `ReservedById` int(11) DEFAULT NULL,
  `ModifiedBy` varchar(500) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(500) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(500) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `deviceId` int(11) DEFAULT NULL,
  `beneficiaryId` int(11) DEFAULT NULL,
  `LiveStockOwnerShip` varchar(100) DEFAULT NULL,
  `MotarizedVehicle` varchar(100) DEFAULT NULL,
  `LandOwned` varchar(100) DEFAULT NULL,
  `Blockid` int(11) DEFAULT NULL,
  `landIrregated` varchar(100) DEFAULT NULL,
  PRIMARY KEY (`houseHoldDetailsId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `m_beneficiaryregidmapping`
--

DROP TABLE IF EXISTS `m_beneficiaryregidmapping`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `m_beneficiaryregidmapping` (
  `BenRegId` bigint(20) NOT NULL AUTO_INCREMENT,
  `BeneficiaryID` bigint(20) NOT NULL,
  `Provisioned` bit(1) DEFAULT NULL,
  `ProviderServiceMapID` int(11) DEFAULT NULL,
  `Deleted` bit(1) DEFAULT NULL,
  `Processed` char(4) NOT NULL,
  `Reserved` bit(1) DEFAULT NULL,
  `ReservedFor` varchar(45) DEFAULT NULL,
  `ReservedById` int(15) DEFAULT NULL,
  `ReservedOn` datetime DEFAULT NULL,
  `CreatedDate` datetime NOT NULL,
  `CreatedBy` varchar(30) DEFAULT NULL,
  `ModifiedBy` varchar(50) DEFAULT NULL,
  `LastModDate` datetime DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenRegId`),
  UNIQUE KEY `uk_1` (`BeneficiaryID`),
  UNIQUE KEY `uk_2` (`BenRegId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `m_beneficiaryregidmapping`
--

LOCK TABLES `m_beneficiaryregidmapping` WRITE;
/*!40000 ALTER TABLE `m_beneficiaryregidmapping` DISABLE KEYS */;
INSERT INTO `m_beneficiaryregidmapping` VALUES (1000000011,500000007,b'1',1,b'0','N',b'1','Reserv1',1,'2025-02-02 09:01:00','2025-02-02 09:01:00','hemlata.b','hemlata.b','2025-02-02 09:01:00',1,1,'Vehica1',1,'hemlata.b','2025-02-02 09:01:00','Reserv1'),(1000000122,500000166,b'1',2,b'0','N',b'1','Reserv2',2,'2025-03-03 10:02:00','2025-03-03 10:02:00','kalpana.s','kalpana.s','2025-03-03 10:02:00',2,2,'Vehica2',2,'kalpana.s','2025-03-03 10:02:00','Reserv2'),(1000000233,500000325,b'1',3,b'0','N',b'1','Reserv3',3,'2025-04-04 11:03:00','2025-04-04 11:03:00','aparna.b','aparna.b','2025-04-04 11:03:00',3,3,'Vehica3',3,'aparna.b','2025-04-04 11:03:00','Reserv3'),(1000000344,500000484,b'1',4,b'0','N',b'1','Reserv4',4,'2025-05-05 12:04:00','2025-05-05 12:04:00','hemlata.c','hemlata.c','2025-05-05 12:04:00',4,4,'Vehica4',4,'hemlata.c','2025-05-05 12:04:00','Reserv4'),(1000000455,500000643,b'1',5,b'0','N',b'1','Reserv5',5,'2025-06-06 13:05:00','2025-06-06 13:05:00','malati.h','malati.h','2025-06-06 13:05:00',5,5,'Vehica5',5,'malati.h','2025-06-06 13:05:00','Reserv5'),(1000000566,500000802,b'1',6,b'0','N',b'1','Reserv6',6,'2025-07-07 14:06:00','2025-07-07 14:06:00','vaishali.p','vaishali.p','2025-07-07 14:06:00',6,6,'Vehica6',6,'vaishali.p','2025-07-07 14:06:00','Reserv6'),(1000000677,500000961,b'1',7,b'0','N',b'1','Reserv7',7,'2025-08-08 15:07:00','2025-08-08 15:07:00','Yashoda.T','Yashoda.T','2025-08-08 15:07:00',7,7,'Vehica7',7,'Yashoda.T','2025-08-08 15:07:00','Reserv7'),(1000000788,500001120,b'1',8,b'0','N',b'1','Reserv8',8,'2025-09-09 16:08:00','2025-09-09 16:08:00','charulata.g','charulata.g','2025-09-09 16:08:00',8,8,'Vehica8',8,'charulata.g','2025-09-09 16:08:00','Reserv8'),(1000000899,500001279,b'1',9,b'0','N',b'1','Reserv9',9,'2025-10-10 17:09:00','2025-10-10 17:09:00','urmila.m','urmila.m','2025-10-10 17:09:00',9,9,'Vehica9',9,'urmila.m','2025-10-10 17:09:00','Reserv9'),(1000001010,500001438,b'1',10,b'0','N',b'1','Reserv10',10,'2025-11-11 08:10:00','2025-11-11 08:10:00','vaishali.m','vaishali.m','2025-11-11 08:10:00',10,10,'Vehica10',10,'vaishali.m','2025-11-11 08:10:00','Reserv10'),(1000001121,500001597,b'1',11,b'0','N',b'1','Reserv11',11,'2025-12-12 09:11:00','2025-12-12 09:11:00','charulata.b','charulata.b','2025-12-12 09:11:00',11,11,'Vehica11',11,'charulata.b','2025-12-12 09:11:00','Reserv11'),(1000001232,500001756,b'1',12,b'0','N',b'1','Reserv12',12,'2025-01-13 10:12:00','2025-01-13 10:12:00','kusum.t','kusum.t','2025-01-13 10:12:00',12,12,'Vehica12',12,'kusum.t','2025-01-13 10:12:00','Reserv12'),(1000001343,500001915,b'1',13,b'0','N',b'1','Reserv13',13,'2025-02-14 11:13:00','2025-02-14 11:13:00','shalini.b','shalini.b','2025-02-14 11:13:00',13,13,'Vehica13',13,'shalini.b','2025-02-14 11:13:00','Reserv13'),(1000001454,500002074,b'1',14,b'0','N',b'1','Reserv14',14,'2025-03-15 12:14:00','2025-03-15 12:14:00','trupti.b','trupti.b','2025-03-15 12:14:00',14,14,'Vehica14',14,'trupti.b','2025-03-15 12:14:00','Reserv14'),(1000001565,500002233,b'1',15,b'0','N',b'1','Reserv15',15,'2025-04-16 13:15:00','2025-04-16 13:15:00','rukmini.d','rukmini.d','2025-04-16 13:15:00',15,15,'Vehica15',15,'rukmini.d','2025-04-16 13:15:00','Reserv15'),(1000001676,500002392,b'1',16,b'0','N',b'1','Reserv16',16,'2025-05-17 14:16:00','2025-05-17 14:16:00','bhagyashree.c','bhagyashree.c','2025-05-17 14:16:00',16,16,'Vehica16',16,'bhagyashree.c','2025-05-17 14:16:00','Reserv16'),(1000001787,500002551,b'1',17,b'0','N',b'1','Reserv17',17,'2025-06-18 15:17:00','2025-06-18 15:17:00','jayshree.m','jayshree.m','2025-06-18 15:17:00',17,17,'Vehica17',17,'jayshree.m','2025-06-18 15:17:00','Reserv17'),(1000001898,500002710,b'1',18,b'0','N',b'1','Reserv18',18,'2025-07-19 16:18:00','2025-07-19 16:18:00','charulata.c','charulata.c','2025-07-19 16:18:00',18,18,'Vehica18',18,'charulata.c','2025-07-19 16:18:00','Reserv18'),(1000002009,500002869,b'1',19,b'0','N',b'1','Reserv19',19,'2025-08-20 17:19:00','2025-08-20 17:19:00','leela.b','leela.b','2025-08-20 17:19:00',19,19,'Vehica19',19,'leela.b','2025-08-20 17:19:00','Reserv19'),(1000002120,500003028,b'1',20,b'0','N',b'1','Reserv20',20,'2025-09-21 08:20:00','2025-09-21 08:20:00','shalini.t','shalini.t','2025-09-21 08:20:00',20,20,'Vehica20',20,'shalini.t','2025-09-21 08:20:00','Reserv20'),(1000002231,500003187,b'1',21,b'0','N',b'1','Reserv21',21,'2025-10-22 09:21:00','2025-10-22 09:21:00','vaishali.s','vaishali.s','2025-10-22 09:21:00',21,21,'Vehica21',21,'vaishali.s','2025-10-22 09:21:00','Reserv21'),(1000002342,500003346,b'1',22,b'0','N',b'1','Reserv22',22,'2025-11-23 10:22:00','2025-11-23 10:22:00','charulata.s','charulata.s','2025-11-23 10:22:00',22,22,'Vehica22',22,'charulata.s','2025-11-23 10:22:00','Reserv22'),(1000002453,500003505,b'1',23,b'0','N',b'1','Reserv23',23,'2025-12-24 11:23:00','2025-12-24 11:23:00','admin','admin','2025-12-24 11:23:00',23,23,'Vehica23',23,'admin','2025-12-24 11:23:00','Reserv23'),(1000002564,500003664,b'1',24,b'0','N',b'1','Reserv24',24,'2025-01-25 12:24:00','2025-01-25 12:24:00','vaishali.t','vaishali.t','2025-01-25 12:24:00',24,24,'Vehica24',24,'vaishali.t','2025-01-25 12:24:00','Reserv24'),(1000002675,500003823,b'1',25,b'0','N',b'1','Reserv25',25,'2025-02-26 13:25:00','2025-02-26 13:25:00','trupti.b','trupti.b','2025-02-26 13:25:00',25,25,'Vehica25',25,'trupti.b','2025-02-26 13:25:00','Reserv25'),(1000002786,500003982,b'1',26,b'0','N',b'1','Reserv26',26,'2025-03-27 14:26:00','2025-03-27 14:26:00','kalpana.p','kalpana.p','2025-03-27 14:26:00',26,26,'Vehica26',26,'kalpana.p','2025-03-27 14:26:00','Reserv26'),(1000002897,500004141,b'1',27,b'0','N',b'1','Reserv27',27,'2025-04-28 15:27:00','2025-04-28 15:27:00','rukmini.c','rukmini.c','2025-04-28 15:27:00',27,27,'Vehica27',27,'rukmini.c','2025-04-28 15:27:00','Reserv27'),(1000003008,500004300,b'1',28,b'0','N',b'1','Reserv28',28,'2025-05-01 16:28:00','2025-05-01 16:28:00','aparna.b','aparna.b','2025-05-01 16:28:00',28,28,'Vehica28',28,'aparna.b','2025-05-01 16:28:00','Reserv28'),(1000003119,500004459,b'1',29,b'0','N',b'1','Reserv29',29,'2025-06-02 17:29:00','2025-06-02 17:29:00','malati.m','malati.m','2025-06-02 17:29:00',29,29,'Vehica29',29,'malati.m','2025-06-02 17:29:00','Reserv29'),(1000003230,500004618,b'1',30,b'0','N',b'1','Reserv30',30,'2025-07-03 08:30:00','2025-07-03 08:30:00','Yashoda.S','Yashoda.S','2025-07-03 08:30:00',30,30,'Vehica30',30,'Yashoda.S','2025-07-03 08:30:00','Reserv30'),(1000003341,500004777,b'1',31,b'0','N',b'1','Reserv31',31,'2025-08-04 09:31:00','2025-08-04 09:31:00','aparna.p','aparna.p','2025-08-04 09:31:00',31,31,'Vehica31',31,'aparna.p','2025-08-04 09:31:00','Reserv31'),(1000003452,500004936,b'1',32,b'0','N',b'1','Reserv32',32,'2025-09-05 10:32:00','2025-09-05 10:32:00','hemlata.n','hemlata.n','2025-09-05 10:32:00',32,32,'Vehica32',32,'hemlata.n','2025-09-05 10:32:00','Reserv32'),(1000003563,500005095,b'1',33,b'0','N',b'1','Reserv33',33,'2025-10-06 11:33:00','2025-10-06 11:33:00','hemlata.u','hemlata.u','2025-10-06 11:33:00',33,33,'Vehica33',33,'hemlata.u','2025-10-06 11:33:00','Reserv33'),(1000003674,500005254,b'1',34,b'0','N',b'1','Reserv34',34,'2025-11-07 12:34:00','2025-11-07 12:34:00','bhagyashree.t','bhagyashree.t','2025-11-07 12:34:00',34,34,'Vehica34',34,'bhagyashree.t','2025-11-07 12:34:00','Reserv34'),(1000003785,500005413,b'1',35,b'0','N',b'1','Reserv35',35,'2025-12-08 13:35:00','2025-12-08 13:35:00','ekta.g','ekta.g','2025-12-08 13:35:00',35,35,'Vehica35',35,'ekta.g','2025-12-08 13:35:00','Reserv35'),(1000003896,500005572,b'1',36,b'0','N',b'1','Reserv36',36,'2025-01-09 14:36:00','2025-01-09 14:36:00','jayshree.m','jayshree.m','2025-01-09 14:36:00',36,36,'Vehica36',36,'jayshree.m','2025-01-09 14:36:00','Reserv36'),(1000004007,500005731,b'1',37,b'0','N',b'1','Reserv37',37,'2025-02-10 15:37:00','2025-02-10 15:37:00','damayanti.b','damayanti.b','2025-02-10 15:37:00',37,37,'Vehica37',37,'damayanti.b','2025-02-10 15:37:00','Reserv37'),(1000004118,500005890,b'1',38,b'0','N',b'1','Reserv38',38,'2025-03-11 16:38:00','2025-03-11 16:38:00','padmini.p','padmini.p','2025-03-11 16:38:00',38,38,'Vehica38',38,'padmini.p','2025-03-11 16:38:00','Reserv38'),(1000004229,500006049,b'1',39,b'0','N',b'1','Reserv39',39,'2025-04-12 17:39:00','2025-04-12 17:39:00','leela.b','leela.b','2025-04-12 17:39:00',39,39,'Vehica39',39,'leela.b','2025-04-12 17:39:00','Reserv39'),(1000004340,500006208,b'1',40,b'0','N',b'1','Reserv40',40,'2025-05-13 08:40:00','2025-05-13 08:40:00','malati.k','malati.k','2025-05-13 08:40:00',40,40,'Vehica40',40,'malati.k','2025-05-13 08:40:00','Reserv40'),(1000004451,500006367,b'1',41,b'0','N',b'1','Reserv41',41,'2025-06-14 09:41:00','2025-06-14 09:41:00','damayanti.t','damayanti.t','2025-06-14 09:41:00',41,41,'Vehica41',41,'damayanti.t','2025-06-14 09:41:00','Reserv41'),(1000004562,500006526,b'1',42,b'0','N',b'1','Reserv42',42,'2025-07-15 10:42:00','2025-07-15 10:42:00','charulata.k','charulata.k','2025-07-15 10:42:00',42,42,'Vehica42',42,'charulata.k','2025-07-15 10:42:00','Reserv42'),(1000004673,500006685,b'1',43,b'0','N',b'1','Reserv43',43,'2025-08-16 11:43:00','2025-08-16 11:43:00','nirmala.c','nirmala.c','2025-08-16 11:43:00',43,43,'Vehica43',43,'nirmala.c','2025-08-16 11:43:00','Reserv43'),(1000004784,500006844,b'1',44,b'0','N',b'1','Reserv44',44,'2025-09-17 12:44:00','2025-09-17 12:44:00','kusum.t','kusum.t','2025-09-17 12:44:00',44,44,'Vehica44',44,'kusum.t','2025-09-17 12:44:00','Reserv44'),(1000004895,500007003,b'1',45,b'0','N',b'1','Reserv45',45,'2025-10-18 13:45:00','2025-10-18 13:45:00','shalini.d','shalini.d','2025-10-18 13:45:00',45,45,'Vehica45',45,'shalini.d','2025-10-18 13:45:00','Reserv45'),(1000005006,500007162,b'1',46,b'0','N',b'1','Reserv46',46,'2025-11-19 14:46:00','2025-11-19 14:46:00','admin','admin','2025-11-19 14:46:00',46,46,'Vehica46',46,'admin','2025-11-19 14:46:00','Reserv46'),(1000005117,500007321,b'1',47,b'0','N',b'1','Reserv47',47,'2025-12-20 15:47:00','2025-12-20 15:47:00','aparna.u','aparna.u','2025-12-20 15:47:00',47,47,'Vehica47',47,'aparna.u','2025-12-20 15:47:00','Reserv47'),(1000005228,500007480,b'1',48,b'0','N',b'1','Reserv48',48,'2025-01-21 16:48:00','2025-01-21 16:48:00','jayshree.t','jayshree.t','2025-01-21 16:48:00',48,48,'Vehica48',48,'jayshree.t','2025-01-21 16:48:00','Reserv48'),(1000005339,500007639,b'1',49,b'0','N',b'1','Reserv49',49,'2025-02-22 17:49:00','2025-02-22 17:49:00','yashoda.p','yashoda.p','2025-02-22 17:49:00',49,49,'Vehica49',49,'yashoda.p','2025-02-22 17:49:00','Reserv49'),(1000005450,500007798,b'1',50,b'0','N',b'1','Reserv50',50,'2025-03-23 08:50:00','2025-03-23 08:50:00','hemlata.m','hemlata.m','2025-03-23 08:50:00',50,50,'Vehica50',50,'hemlata.m','2025-03-23 08:50:00','Reserv50'),(1000005561,500007957,b'1',51,b'0','N',b'1','Reserv51',51,'2025-04-24 09:51:00','2025-04-24 09:51:00','kusum.b','kusum.b','2025-04-24 09:51:00',51,51,'Vehica51',51,'kusum.b','2025-04-24 09:51:00','Reserv51'),(1000005672,500008116,b'1',52,b'0','N',b'1','Reserv52',52,'2025-05-25 10:52:00','2025-05-25 10:52:00','trupti.c','trupti.c','2025-05-25 10:52:00',52,52,'Vehica52',52,'trupti.c','2025-05-25 10:52:00','Reserv52'),(1000005783,500008275,b'1',53,b'0','N',b'1','Reserv53',53,'2025-06-26 11:53:00','2025-06-26 11:53:00','Aparna.N','Aparna.N','2025-06-26 11:53:00',53,53,'Vehica53',53,'Aparna.N','2025-06-26 11:53:00','Reserv53'),(1000005894,500008434,b'1',54,b'0','N',b'1','Reserv54',54,'2025-07-27 12:54:00','2025-07-27 12:54:00','kusum.m','kusum.m','2025-07-27 12:54:00',54,54,'Vehica54',54,'kusum.m','2025-07-27 12:54:00','Reserv54'),(1000006005,500008593,b'1',55,b'0','N',b'1','Reserv55',55,'2025-08-28 13:55:00','2025-08-28 13:55:00','hemlata.m','hemlata.m','2025-08-28 13:55:00',55,55,'Vehica55',55,'hemlata.m','2025-08-28 13:55:00','Reserv55'),(1000006116,500008752,b'1',56,b'0','N',b'1','Reserv56',56,'2025-09-01 14:56:00','2025-09-01 14:56:00','bhagyashree.s','bhagyashree.s','2025-09-01 14:56:00',56,56,'Vehica56',56,'bhagyashree.s','2025-09-01 14:56:00','Reserv56'),(1000006227,500008911,b'1',57,b'0','N',b'1','Reserv57',57,'2025-10-02 15:57:00','2025-10-02 15:57:00','charulata.m','charulata.m','2025-10-02 15:57:00',57,57,'Vehica57',57,'charulata.m','2025-10-02 15:57:00','Reserv57'),(1000006338,500009070,b'1',58,b'0','N',b'1','Reserv58',58,'2025-11-03 16:58:00','2025-11-03 16:58:00','malati.s','malati.s','2025-11-03 16:58:00',58,58,'Vehica58',58,'malati.s','2025-11-03 16:58:00','Reserv58'),(1000006449,500009229,b'1',59,b'0','N',b'1','Reserv59',59,'2025-12-04 17:59:00','2025-12-04 17:59:00','jayshree.b','jayshree.b','2025-12-04 17:59:00',59,59,'Vehica59',59,'jayshree.b','2025-12-04 17:59:00','Reserv59'),(1000006560,500009388,b'1',60,b'0','N',b'1','Reserv60',60,'2025-01-05 08:00:00','2025-01-05 08:00:00','ekta.p','ekta.p','2025-01-05 08:00:00',60,60,'Vehica60',60,'ekta.p','2025-01-05 08:00:00','Reserv60'),(1000006671,500009547,b'1',61,b'0','N',b'1','Reserv61',61,'2025-02-06 09:01:00','2025-02-06 09:01:00','urmila.k','urmila.k','2025-02-06 09:01:00',61,61,'Vehica61',61,'urmila.k','2025-02-06 09:01:00','Reserv61'),(1000006782,500009706,b'1',62,b'0','N',b'1','Reserv62',62,'2025-03-07 10:02:00','2025-03-07 10:02:00','gayatri.s','gayatri.s','2025-03-07 10:02:00',62,62,'Vehica62',62,'gayatri.s','2025-03-07 10:02:00','Reserv62'),(1000006893,500009865,b'1',63,b'0','N',b'1','Reserv63',63,'2025-04-08 11:03:00','2025-04-08 11:03:00','yashoda.n','yashoda.n','2025-04-08 11:03:00',63,63,'Vehica63',63,'yashoda.n','2025-04-08 11:03:00','Reserv63'),(1000007004,500010024,b'1',64,b'0','N',b'1','Reserv64',64,'2025-05-09 12:04:00','2025-05-09 12:04:00','nirmala.c','nirmala.c','2025-05-09 12:04:00',64,64,'Vehica64',64,'nirmala.c','2025-05-09 12:04:00','Reserv64'),(1000007115,500010183,b'1',65,b'0','N',b'1','Reserv65',65,'2025-06-10 13:05:00','2025-06-10 13:05:00','vaishali.c','vaishali.c','2025-06-10 13:05:00',65,65,'Vehica65',65,'vaishali.c','2025-06-10 13:05:00','Reserv65'),(1000007226,500010342,b'1',66,b'0','N',b'1','Reserv66',66,'2025-07-11 14:06:00','2025-07-11 14:06:00','bhagyashree.g','bhagyashree.g','2025-07-11 14:06:00',66,66,'Vehica66',66,'bhagyashree.g','2025-07-11 14:06:00','Reserv66'),(1000007337,500010501,b'1',67,b'0','N',b'1','Reserv67',67,'2025-08-12 15:07:00','2025-08-12 15:07:00','gayatri.d','gayatri.d','2025-08-12 15:07:00',67,67,'Vehica67',67,'gayatri.d','2025-08-12 15:07:00','Reserv67'),(1000007448,500010660,b'1',68,b'0','N',b'1','Reserv68',68,'2025-09-13 16:08:00','2025-09-13 16:08:00','urmila.k','urmila.k','2025-09-13 16:08:00',68,68,'Vehica68',68,'urmila.k','2025-09-13 16:08:00','Reserv68'),(1000007559,500010819,b'1',69,b'0','N',b'1','Reserv69',69,'2025-10-14 17:09:00','2025-10-14 17:09:00','admin','admin','2025-10-14 17:09:00',69,69,'Vehica69',69,'admin','2025-10-14 17:09:00','Reserv69'),(1000007670,500010978,b'1',70,b'0','N',b'1','Reserv70',70,'2025-11-15 08:10:00','2025-11-15 08:10:00','charulata.c','charulata.c','2025-11-15 08:10:00',70,70,'Vehica70',70,'charulata.c','2025-11-15 08:10:00','Reserv70'),(1000007781,500011137,b'1',71,b'0','N',b'1','Reserv71',71,'2025-12-16 09:11:00','2025-12-16 09:11:00','damayanti.k','damayanti.k','2025-12-16 09:11:00',71,71,'Vehica71',71,'damayanti.k','2025-12-16 09:11:00','Reserv71'),(1000007892,500011296,b'1',72,b'0','N',b'1','Reserv72',72,'2025-01-17 10:12:00','2025-01-17 10:12:00','damayanti.b','damayanti.b','2025-01-17 10:12:00',72,72,'Vehica72',72,'damayanti.b','2025-01-17 10:12:00','Reserv72'),(1000008003,500011455,b'1',73,b'0','N',b'1','Reserv73',73,'2025-02-18 11:13:00','2025-02-18 11:13:00','trupti.b','trupti.b','2025-02-18 11:13:00',73,73,'Vehica73',73,'trupti.b','2025-02-18 11:13:00','Reserv73'),(1000008114,500011614,b'1',74,b'0','N',b'1','Reserv74',74,'2025-03-19 12:14:00','2025-03-19 12:14:00','kalpana.t','kalpana.t','2025-03-19 12:14:00',74,74,'Vehica74',74,'kalpana.t','2025-03-19 12:14:00','Reserv74'),(1000008225,500011773,b'1',75,b'0','N',b'1','Reserv75',75,'2025-04-20 13:15:00','2025-04-20 13:15:00','shalini.k','shalini.k','2025-04-20 13:15:00',75,75,'Vehica75',75,'shalini.k','2025-04-20 13:15:00','Reserv75'),(1000008336,500011932,b'1',76,b'0','N',b'1','Reserv76',76,'2025-05-21 14:16:00','2025-05-21 14:16:00','Urmila.P','Urmila.P','2025-05-21 14:16:00',76,76,'Vehica76',76,'Urmila.P','2025-05-21 14:16:00','Reserv76'),(1000008447,500012091,b'1',77,b'0','N',b'1','Reserv77',77,'2025-06-22 15:17:00','2025-06-22 15:17:00','gayatri.k','gayatri.k','2025-06-22 15:17:00',77,77,'Vehica77',77,'gayatri.k','2025-06-22 15:17:00','Reserv77'),(1000008558,500012250,b'1',78,b'0','N',b'1','Reserv78',78,'2025-07-23 16:18:00','2025-07-23 16:18:00','shalini.d','shalini.d','2025-07-23 16:18:00',78,78,'Vehica78',78,'shalini.d','2025-07-23 16:18:00','Reserv78'),(1000008669,500012409,b'1',79,b'0','N',b'1','Reserv79',79,'2025-08-24 17:19:00','2025-08-24 17:19:00','hemlata.s','hemlata.s','2025-08-24 17:19:00',79,79,'Vehica79',79,'hemlata.s','2025-08-24 17:19:00','Reserv79'),(1000008780,500012568,b'1',80,b'0','N',b'1','Reserv80',80,'2025-09-25 08:20:00','2025-09-25 08:20:00','kalpana.u','kalpana.u','2025-09-25 08:20:00',80,80,'Vehica80',80,'kalpana.u','2025-09-25 08:20:00','Reserv80'),(1000008891,500012727,b'1',81,b'0','N',b'1','Reserv81',81,'2025-10-26 09:21:00','2025-10-26 09:21:00','kusum.p','kusum.p','2025-10-26 09:21:00',81,81,'Vehica81',81,'kusum.p','2025-10-26 09:21:00','Reserv81'),(1000009002,500012886,b'1',82,b'0','N',b'1','Reserv82',82,'2025-11-27 10:22:00','2025-11-27 10:22:00','kalpana.k','kalpana.k','2025-11-27 10:22:00',82,82,'Vehica82',82,'kalpana.k','2025-11-27 10:22:00','Reserv82'),(1000009113,500013045,b'1',83,b'0','N',b'1','Reserv83',83,'2025-12-28 11:23:00','2025-12-28 11:23:00','padmini.c','padmini.c','2025-12-28 11:23:00',83,83,'Vehica83',83,'padmini.c','2025-12-28 11:23:00','Reserv83'),(1000009224,500013204,b'1',84,b'0','N',b'1','Reserv84',84,'2025-01-01 12:24:00','2025-01-01 12:24:00','padmini.n','padmini.n','2025-01-01 12:24:00',84,84,'Vehica84',84,'padmini.n','2025-01-01 12:24:00','Reserv84'),(1000009335,500013363,b'1',85,b'0','N',b'1','Reserv85',85,'2025-02-02 13:25:00','2025-02-02 13:25:00','shalini.g','shalini.g','2025-02-02 13:25:00',85,85,'Vehica85',85,'shalini.g','2025-02-02 13:25:00','Reserv85'),(1000009446,500013522,b'1',86,b'0','N',b'1','Reserv86',86,'2025-03-03 14:26:00','2025-03-03 14:26:00','malati.h','malati.h','2025-03-03 14:26:00',86,86,'Vehica86',86,'malati.h','2025-03-03 14:26:00','Reserv86'),(1000009557,500013681,b'1',87,b'0','N',b'1','Reserv87',87,'2025-04-04 15:27:00','2025-04-04 15:27:00','aparna.s','aparna.s','2025-04-04 15:27:00',87,87,'Vehica87',87,'aparna.s','2025-04-04 15:27:00','Reserv87'),(1000009668,500013840,b'1',88,b'0','N',b'1','Reserv88',88,'2025-05-05 16:28:00','2025-05-05 16:28:00','aparna.h','aparna.h','2025-05-05 16:28:00',88,88,'Vehica88',88,'aparna.h','2025-05-05 16:28:00','Reserv88'),(1000009779,500013999,b'1',89,b'0','N',b'1','Reserv89',89,'2025-06-06 17:29:00','2025-06-06 17:29:00','bhagyashree.m','bhagyashree.m','2025-06-06 17:29:00',89,89,'Vehica89',89,'bhagyashree.m','2025-06-06 17:29:00','Reserv89'),(1000009890,500014158,b'1',90,b'0','N',b'1','Reserv90',90,'2025-07-07 08:30:00','2025-07-07 08:30:00','nirmala.t','nirmala.t','2025-07-07 08:30:00',90,90,'Vehica90',90,'nirmala.t','2025-07-07 08:30:00','Reserv90'),(1000010001,500014317,b'1',91,b'0','N',b'1','Reserv91',91,'2025-08-08 09:31:00','2025-08-08 09:31:00','trupti.t','trupti.t','2025-08-08 09:31:00',91,91,'Vehica91',91,'trupti.t','2025-08-08 09:31:00','Reserv91'),(1000010112,500014476,b'1',92,b'0','N',b'1','Reserv92',92,'2025-09-09 10:32:00','2025-09-09 10:32:00','admin','admin','2025-09-09 10:32:00',92,92,'Vehica92',92,'admin','2025-09-09 10:32:00','Reserv92'),(1000010223,500014635,b'1',93,b'0','N',b'1','Reserv93',93,'2025-10-10 11:33:00','2025-10-10 11:33:00','gayatri.n','gayatri.n','2025-10-10 11:33:00',93,93,'Vehica93',93,'gayatri.n','2025-10-10 11:33:00','Reserv93'),(1000010334,500014794,b'1',94,b'0','N',b'1','Reserv94',94,'2025-11-11 12:34:00','2025-11-11 12:34:00','jayshree.s','jayshree.s','2025-11-11 12:34:00',94,94,'Vehica94',94,'jayshree.s','2025-11-11 12:34:00','Reserv94'),(1000010445,500014953,b'1',95,b'0','N',b'1','Reserv95',95,'2025-12-12 13:35:00','2025-12-12 13:35:00','aparna.b','aparna.b','2025-12-12 13:35:00',95,95,'Vehica95',95,'aparna.b','2025-12-12 13:35:00','Reserv95');
/*!40000 ALTER TABLE `m_beneficiaryregidmapping` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `m_bensecurestack`
--

DROP TABLE IF EXISTS `m_bensecurestack`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `m_bensecurestack` (
  `BenSecureStackId` int(15) NOT NULL AUTO_INCREMENT,
  `BenSecureStackSchemeId` int(15) NOT NULL,
  `BenSecureStackSchemeName` varchar(50) DEFAULT NULL,
  `BenKey1` varchar(128) NOT NULL,
  `BenKey2` varchar(128) NOT NULL,
  `BenKey3` varchar(128) NOT NULL,
  `BenKey4` varchar(256) NOT NULL,
  `BenKey5` varchar(256) NOT NULL,
  `BenKey6` varchar(256) NOT NULL,
  `BenSalt1` varchar(32) NOT NULL,
  `BenSalt2` varchar(32) NOT NULL,
  `BenSalt3` varchar(64) NOT NULL,
  `BenSalt4` varchar(64) NOT NULL,
  `BenSalt5` varchar(128) NOT NULL,
  `BenSalt6` varchar(128) NOT NULL,
  `StartDate` datetime NOT NULL,
  `ExpiryDate` datetime NOT NULL,
  `CreatedBy` varchar(50) NOT NULL,
  `CreatedDate` datetime NOT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`BenSecureStackId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table `t_bendataaccess`
--

DROP TABLE IF EXISTS `t_bendataaccess`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `t_bendataaccess` (
  `AccessId` bigint(20) NOT NULL AUTO_INCREMENT,
  `AuthId` varchar(150) NOT NULL,
  `BenConsentId` bigint(20) NOT NULL,
  `BenMapId` bigint(20) NOT NULL,
  `IsAgent` bit(1) NOT NULL,
  `UserAgentId` int(15) NOT NULL,
  `UserAgentName` varchar(45) DEFAULT NULL,
  `UserAgentRoleId` int(15) NOT NULL,
  `UserAgentRoleName` varchar(45) DEFAULT NULL,
  `UserAgentServiceId` int(15) NOT NULL,
  `UserAgentServiceName` varchar(45) DEFAULT NULL,
  `UserAgentPSMapId` int(15) NOT NULL,
  `UserAgentIpAddrV4` varchar(20) NOT NULL,
  `UserAgentIpAddrV6` varchar(50) DEFAULT NULL,
  `AccessedBy` varchar(50) NOT NULL,
  `AccessedOn` datetime NOT NULL,
  `AccessedType` varchar(45) NOT NULL,
  `Processed` char(1) DEFAULT NULL,
  `VanSerialNo` bigint(20) DEFAULT NULL,
  `VanID` int(11) DEFAULT NULL,
  `VehicalNo` varchar(30) DEFAULT NULL,
  `ParkingPlaceID` int(11) DEFAULT NULL,
  `SyncedBy` varchar(30) DEFAULT NULL,
  `SyncedDate` datetime DEFAULT NULL,
  `ReservedForChange` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`AccessId`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-01-01  0:00:00
