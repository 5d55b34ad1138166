/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.SharedScanSettings;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shared Scan Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.SharedScanSettingsImpl#isExcludeServerDatabaseFolder <em>Exclude Server Database Folder</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.SharedScanSettingsImpl#isExcludeExchangeFolders <em>Exclude Exchange Folders</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.SharedScanSettingsImpl#getMaxCompressedSizeMb <em>Max Compressed Size Mb</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.SharedScanSettingsImpl#getMaxCompressedFiles <em>Max Compressed Files</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.SharedScanSettingsImpl#isCleanCompressedFiles <em>Clean Compressed Files</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SharedScanSettingsImpl extends MinimalEObjectImpl.Container implements SharedScanSettings {
	/**
	 * The default value of the '{@link #isExcludeServerDatabaseFolder() <em>Exclude Server Database Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeServerDatabaseFolder()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDE_SERVER_DATABASE_FOLDER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcludeServerDatabaseFolder() <em>Exclude Server Database Folder</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeServerDatabaseFolder()
	 * @generated
	 * @ordered
	 */
	protected boolean excludeServerDatabaseFolder = EXCLUDE_SERVER_DATABASE_FOLDER_EDEFAULT;

	/**
	 * The default value of the '{@link #isExcludeExchangeFolders() <em>Exclude Exchange Folders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeExchangeFolders()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXCLUDE_EXCHANGE_FOLDERS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExcludeExchangeFolders() <em>Exclude Exchange Folders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExcludeExchangeFolders()
	 * @generated
	 * @ordered
	 */
	protected boolean excludeExchangeFolders = EXCLUDE_EXCHANGE_FOLDERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxCompressedSizeMb() <em>Max Compressed Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCompressedSizeMb()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_COMPRESSED_SIZE_MB_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxCompressedSizeMb() <em>Max Compressed Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCompressedSizeMb()
	 * @generated
	 * @ordered
	 */
	protected int maxCompressedSizeMb = MAX_COMPRESSED_SIZE_MB_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxCompressedFiles() <em>Max Compressed Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCompressedFiles()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_COMPRESSED_FILES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxCompressedFiles() <em>Max Compressed Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxCompressedFiles()
	 * @generated
	 * @ordered
	 */
	protected int maxCompressedFiles = MAX_COMPRESSED_FILES_EDEFAULT;

	/**
	 * The default value of the '{@link #isCleanCompressedFiles() <em>Clean Compressed Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCleanCompressedFiles()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLEAN_COMPRESSED_FILES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCleanCompressedFiles() <em>Clean Compressed Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCleanCompressedFiles()
	 * @generated
	 * @ordered
	 */
	protected boolean cleanCompressedFiles = CLEAN_COMPRESSED_FILES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SharedScanSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.SHARED_SCAN_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcludeServerDatabaseFolder() {
		return excludeServerDatabaseFolder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeServerDatabaseFolder(boolean newExcludeServerDatabaseFolder) {
		boolean oldExcludeServerDatabaseFolder = excludeServerDatabaseFolder;
		excludeServerDatabaseFolder = newExcludeServerDatabaseFolder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_SERVER_DATABASE_FOLDER, oldExcludeServerDatabaseFolder, excludeServerDatabaseFolder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExcludeExchangeFolders() {
		return excludeExchangeFolders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExcludeExchangeFolders(boolean newExcludeExchangeFolders) {
		boolean oldExcludeExchangeFolders = excludeExchangeFolders;
		excludeExchangeFolders = newExcludeExchangeFolders;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_EXCHANGE_FOLDERS, oldExcludeExchangeFolders, excludeExchangeFolders));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxCompressedSizeMb() {
		return maxCompressedSizeMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxCompressedSizeMb(int newMaxCompressedSizeMb) {
		int oldMaxCompressedSizeMb = maxCompressedSizeMb;
		maxCompressedSizeMb = newMaxCompressedSizeMb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB, oldMaxCompressedSizeMb, maxCompressedSizeMb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxCompressedFiles() {
		return maxCompressedFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxCompressedFiles(int newMaxCompressedFiles) {
		int oldMaxCompressedFiles = maxCompressedFiles;
		maxCompressedFiles = newMaxCompressedFiles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES, oldMaxCompressedFiles, maxCompressedFiles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCleanCompressedFiles() {
		return cleanCompressedFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCleanCompressedFiles(boolean newCleanCompressedFiles) {
		boolean oldCleanCompressedFiles = cleanCompressedFiles;
		cleanCompressedFiles = newCleanCompressedFiles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.SHARED_SCAN_SETTINGS__CLEAN_COMPRESSED_FILES, oldCleanCompressedFiles, cleanCompressedFiles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_SERVER_DATABASE_FOLDER:
				return isExcludeServerDatabaseFolder();
			case SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_EXCHANGE_FOLDERS:
				return isExcludeExchangeFolders();
			case SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB:
				return getMaxCompressedSizeMb();
			case SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES:
				return getMaxCompressedFiles();
			case SettingsPackage.SHARED_SCAN_SETTINGS__CLEAN_COMPRESSED_FILES:
				return isCleanCompressedFiles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_SERVER_DATABASE_FOLDER:
				setExcludeServerDatabaseFolder((Boolean)newValue);
				return;
			case SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_EXCHANGE_FOLDERS:
				setExcludeExchangeFolders((Boolean)newValue);
				return;
			case SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB:
				setMaxCompressedSizeMb((Integer)newValue);
				return;
			case SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES:
				setMaxCompressedFiles((Integer)newValue);
				return;
			case SettingsPackage.SHARED_SCAN_SETTINGS__CLEAN_COMPRESSED_FILES:
				setCleanCompressedFiles((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_SERVER_DATABASE_FOLDER:
				setExcludeServerDatabaseFolder(EXCLUDE_SERVER_DATABASE_FOLDER_EDEFAULT);
				return;
			case SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_EXCHANGE_FOLDERS:
				setExcludeExchangeFolders(EXCLUDE_EXCHANGE_FOLDERS_EDEFAULT);
				return;
			case SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB:
				setMaxCompressedSizeMb(MAX_COMPRESSED_SIZE_MB_EDEFAULT);
				return;
			case SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES:
				setMaxCompressedFiles(MAX_COMPRESSED_FILES_EDEFAULT);
				return;
			case SettingsPackage.SHARED_SCAN_SETTINGS__CLEAN_COMPRESSED_FILES:
				setCleanCompressedFiles(CLEAN_COMPRESSED_FILES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_SERVER_DATABASE_FOLDER:
				return excludeServerDatabaseFolder != EXCLUDE_SERVER_DATABASE_FOLDER_EDEFAULT;
			case SettingsPackage.SHARED_SCAN_SETTINGS__EXCLUDE_EXCHANGE_FOLDERS:
				return excludeExchangeFolders != EXCLUDE_EXCHANGE_FOLDERS_EDEFAULT;
			case SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB:
				return maxCompressedSizeMb != MAX_COMPRESSED_SIZE_MB_EDEFAULT;
			case SettingsPackage.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES:
				return maxCompressedFiles != MAX_COMPRESSED_FILES_EDEFAULT;
			case SettingsPackage.SHARED_SCAN_SETTINGS__CLEAN_COMPRESSED_FILES:
				return cleanCompressedFiles != CLEAN_COMPRESSED_FILES_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (excludeServerDatabaseFolder: ");
		result.append(excludeServerDatabaseFolder);
		result.append(", excludeExchangeFolders: ");
		result.append(excludeExchangeFolders);
		result.append(", maxCompressedSizeMb: ");
		result.append(maxCompressedSizeMb);
		result.append(", maxCompressedFiles: ");
		result.append(maxCompressedFiles);
		result.append(", cleanCompressedFiles: ");
		result.append(cleanCompressedFiles);
		result.append(')');
		return result.toString();
	}

} //SharedScanSettingsImpl
